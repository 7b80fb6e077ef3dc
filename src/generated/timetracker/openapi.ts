/**
 * Generated from openapi.yaml by `npm run gen` (openapi-typescript). Do not edit.
 */

export interface paths {
    "/api/v1/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * API information
         * @description Returns the API version and the main endpoints. No authentication. Desktop and mobile apps use `api_version` and the JSON shape to recognise a TimeTracker server.
         */
        get: operations["getInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health check */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange username and password for a new API token
         * @description Issues a new token on every call (admins get `admin:all`, others
         *     `read:*,write:*`; 90 days). Used by the desktop, browser and mobile
         *     clients. Limited to 5 requests per minute per client address.
         *     Real server: the 401 body carries only `error`; it also issues a token to an
         *     inactive user, which then answers 401 "User account is inactive" (the mock
         *     refuses the login itself with those words).
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Global search across projects, tasks, clients and time entries
         * @description Projects: name and description (active projects only). Tasks: name and
         *     description (of active projects). Clients: name, email, company,
         *     description, contact person. Time entries: notes and tags, finished
         *     entries only; non-admins see only their own. Results are ordered
         *     projects, tasks, clients, entries.
         */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Legacy session search (same logic as /api/v1/search)
         * @description Same results as `GET /api/v1/search`, but a query shorter than 2
         *     characters answers 200 with no results. Sends `X-API-Deprecated: true`
         *     and `Link: </api/v1/search>; rel="successor-version"`. Session cookie
         *     only (log in with `POST /login`); an API token is not accepted here.
         *     Without a session the answer is a 302 to the login page.
         */
        get: operations["webSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The web app's login page (HTML form with a CSRF token)
         * @description What a browser (or the contract kit, for the session routes) loads
         *     before logging in: an HTML form whose hidden `csrf_token` input must be
         *     posted back with the credentials, and a `session` cookie that carries
         *     the CSRF secret.
         */
        get: operations["getLoginPage"];
        put?: never;
        /**
         * Log in to the web app (starts a session)
         * @description The form of `GET /login`, with its `csrf_token` and the `session`
         *     cookie it came with. Success redirects (302) and sets the session
         *     cookie the session routes under `/api` read; wrong credentials answer
         *     the login page again (200) with the message; a missing or stale CSRF
         *     token is a 400. 5 per minute per client address.
         */
        post: operations["webLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/version/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Compare the installed version with the latest release (admins only)
         * @description Session cookie or API token (no scope; the user must be an administrator). `update_available` is false when versions are not comparable, the release feed is unreachable, or the user dismissed that release.
         */
        get: operations["checkVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/version/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dismiss the update prompt for a release (admins only) */
        post: operations["dismissVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/value-dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Productivity aggregates of the current user
         * @description Session cookie only (log in with `POST /login`); without one, 401 (Real server answers a 302 to the login page). Completed entries of the current user only. `last_7_days` lists seven local days, oldest first, including days with 0 hours. `estimated_value_tracked` is hours times the project's rate (or the client's default rate), null when zero.
         */
        get: operations["getValueDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/week-comparison": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This week so far against the same weekdays of last week
         * @description Session cookie only (log in with `POST /login`); without one, 401 (Real server answers a 302 to the login page). Current week = Monday 00:00 through now; last week = the same weekdays a week earlier. Completed entries of the current user. `change_percent` rounded to one decimal, null when last week's total is 0.
         */
        get: operations["getWeekComparison"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List projects
         * @description Ordered by name. `status` defaults to `active`; `all` lists every status. Non-admin users restricted to some clients see only those clients' projects.
         */
        get: operations["listProjects"];
        put?: never;
        /**
         * Create a project
         * @description New projects start `active` (a `status` in the body is honoured by the mock, as documented). Same name for the same client, or a code in use, is a 400.
         */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{project_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /** Get a project */
        get: operations["getProject"];
        /**
         * Update a project
         * @description Any subset of the updatable fields. Real server answers 400 "Project not found" (not 404) for an unknown id.
         */
        put: operations["updateProject"];
        post?: never;
        /**
         * Archive a project
         * @description Archives rather than deletes (`status` becomes `archived`, `archived_at`/`archived_by` set, `archived_reason` "Archived via API"). The project stays readable by id and listable with `status=archived`.
         */
        delete: operations["archiveProject"];
        options?: never;
        head?: never;
        /**
         * Update a project (partial)
         * @description Same as PUT.
         */
        patch: operations["patchProject"];
        trace?: never;
    };
    "/api/v1/users/me/favorites/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current user's favourite projects */
        get: operations["listFavoriteProjects"];
        put?: never;
        /**
         * Mark a project as favourite
         * @description Answers 201 with the new favourite, or 200 "Already favorited" when it was one (as the real server).
         */
        post: operations["addFavoriteProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/me/favorites/projects/{project_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unmark a favourite project */
        delete: operations["removeFavoriteProject"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{project_id}/costs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List a project's costs
         * @description Beyond the API documentation (the real server, reference §25; app/routes/api_v1.py:1772). Any caller's costs of the project, newest cost_date first (then newest created). Filters: `start_date`/`end_date` (cost_date, inclusive), `user_id`, `billable_only=true`. `per_page` is not capped. No access check. An unknown project is 404 `Resource not found` here; the real server checks no project and answers 200 with no costs. The real server ignores a malformed date (this spec refuses it with 400).
         */
        get: operations["listProjectCosts"];
        put?: never;
        /**
         * Record a cost on a project
         * @description Beyond the API documentation (the real server, reference §25; app/routes/api_v1.py:1814). `description`, `category`, `amount` and `cost_date` are required and must be truthy (bare 400 `Missing required fields: <names>`; an amount of 0 counts as missing; an absent field is this spec's 400 `validation_error`, the real server's is the same bare message); `Invalid cost_date` for a date that is not YYYY-MM-DD. `billable` defaults to true, `currency_code` to EUR. The caller is the cost's user. The real server does not check the project (a foreign-key error on databases that enforce them); the mock answers 404 `Resource not found` for an unknown project.
         */
        post: operations["createProjectCost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/project-costs/{cost_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                cost_id: components["parameters"]["CostId"];
            };
            cookie?: never;
        };
        /**
         * Get a project cost
         * @description Beyond the API documentation (the real server, reference §25; app/routes/api_v1.py:1848). Any caller may read any cost (the real server checks no owner). 404 `Resource not found`.
         */
        get: operations["getProjectCost"];
        /**
         * Update a project cost
         * @description Beyond the API documentation (the real server, reference §25; app/routes/api_v1.py:1862). Sets the fields the body names; any caller may change any cost (no owner check on the real server). A non-number `amount` is 400 `validation_error` `Invalid amount` (errors.amount `Invalid value.`); an unparsable `cost_date` is ignored.
         */
        put: operations["updateProjectCost"];
        post?: never;
        /**
         * Delete a project cost
         * @description Beyond the API documentation (the real server, reference §25; app/routes/api_v1.py:1891). Any caller may delete any cost (no owner check on the real server).
         */
        delete: operations["deleteProjectCost"];
        options?: never;
        head?: never;
        /**
         * Update some fields of a project cost
         * @description Beyond the API documentation (the real server, reference §25; app/routes/api_v1.py:1862). Sets the fields the body names; any caller may change any cost (no owner check on the real server). A non-number `amount` is 400 `validation_error` `Invalid amount` (errors.amount `Invalid value.`); an unparsable `cost_date` is ignored. As PUT.
         */
        patch: operations["patchProjectCost"];
        trace?: never;
    };
    "/api/v1/saved-filters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your saved filters
         * @description Beyond the API documentation (the real server, reference §25; app/routes/api_v1.py:990). Only the caller's own filters (shared filters of others and admins included are not listed), newest first. `per_page` is not capped.
         */
        get: operations["listSavedFilters"];
        put?: never;
        /**
         * Save a filter
         * @description Beyond the API documentation (the real server, reference §25; app/routes/api_v1.py:1040). `name`, `scope` and `payload` are required and must be truthy (bare 400 `Missing required fields: <names>`; an empty payload `{}` counts as missing; an absent field is this spec's 400 `validation_error`, the real server's is the same bare message). One filter per user, name and scope (`models/saved_filter.py:26`): a second is 409 `integrity_error` `Duplicate entry - this record already exists`.
         */
        post: operations["createSavedFilter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/saved-filters/{filter_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                filter_id: components["parameters"]["FilterId"];
            };
            cookie?: never;
        };
        /**
         * Get a saved filter
         * @description Beyond the API documentation (the real server, reference §25; app/routes/api_v1.py:1022). The owner, anyone when the filter is shared, or an admin; else 403 `Access denied`. 404 `Resource not found`.
         */
        get: operations["getSavedFilter"];
        /**
         * Update a saved filter
         * @description Beyond the API documentation (the real server, reference §25; app/routes/api_v1.py:1065). The owner or an admin (a shared filter is not writable by others: 403 `Access denied`). Sets the fields the body names; the name-and-scope rule holds (409).
         */
        put: operations["updateSavedFilter"];
        post?: never;
        /**
         * Delete a saved filter
         * @description Beyond the API documentation (the real server, reference §25; app/routes/api_v1.py:1088). The owner or an admin, else 403 `Access denied`.
         */
        delete: operations["deleteSavedFilter"];
        options?: never;
        head?: never;
        /**
         * Update some fields of a saved filter
         * @description Beyond the API documentation (the real server, reference §25; app/routes/api_v1.py:1065). The owner or an admin (a shared filter is not writable by others: 403 `Access denied`). Sets the fields the body names; the name-and-scope rule holds (409). As PUT.
         */
        patch: operations["patchSavedFilter"];
        trace?: never;
    };
    "/api/v1/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A project's or a task's comments
         * @description Beyond the API documentation (the real server, reference §25; app/routes/api_v1.py:1257, `models/comment.py:231`). `project_id` or `task_id` is required (bare 400 `project_id or task_id is required`); with both, the project's. Replies included, oldest first, not paginated. Any caller may read any project's comments.
         */
        get: operations["listComments"];
        put?: never;
        /**
         * Comment on a project or a task
         * @description Beyond the API documentation (the real server, reference §25; app/routes/api_v1.py:1283). `content` (trimmed) is required (bare 400 `content is required` when blank; when absent, this spec's 400 `validation_error`); exactly one of `project_id` and `task_id` (bare 400 `Provide either project_id or task_id`); `parent_id` makes it a reply. The real server checks none of the ids; the mock answers 404 `Resource not found` for an unknown project, task or parent. `comment.created` goes to the real server's event bus, which no webhook listens to: nothing is delivered (reference §23.1).
         */
        post: operations["createComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/comments/{comment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                comment_id: components["parameters"]["CommentId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Edit a comment
         * @description Beyond the API documentation (the real server, reference §25; app/routes/api_v1.py:1597). The author or an admin, else 403 `Access denied`. `content` (trimmed) is required (bare 400 `content is required` when blank; when absent, this spec's 400 `validation_error`); nothing else changes.
         */
        put: operations["updateComment"];
        post?: never;
        /**
         * Delete a comment
         * @description Beyond the API documentation (the real server, reference §25; app/routes/api_v1.py:1627, `models/comment.py:158`). The author or an admin, else 403 `Access denied`. A comment with replies is kept with its content replaced by `[Comment deleted]`; one without is removed.
         */
        delete: operations["deleteComment"];
        options?: never;
        head?: never;
        /**
         * Edit a comment (PATCH)
         * @description Beyond the API documentation (the real server, reference §25; app/routes/api_v1.py:1597). The author or an admin, else 403 `Access denied`. `content` (trimmed) is required (bare 400 `content is required` when blank; when absent, this spec's 400 `validation_error`); nothing else changes. As PUT.
         */
        patch: operations["patchComment"];
        trace?: never;
    };
    "/api/v1/budget-alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List budget alerts
         * @description Beyond the API documentation (the real server, reference §25; app/routes/api_v1.py:658). Every project's alerts (no access filter), newest first; `project_id` narrows to one project. `per_page` is not capped.
         */
        get: operations["listBudgetAlerts"];
        put?: never;
        /**
         * Raise a budget alert (admin)
         * @description Beyond the API documentation (the real server, reference §25; app/routes/api_v1.py:695). Needs the `admin:all` scope. `project_id`, `alert_type`, `budget_consumed_percent`, `budget_amount`, `consumed_amount` and `message` are required and must be truthy (bare 400 `Missing required fields: <names>`; 0 counts as missing; an absent field is this spec's 400 `validation_error`, the real server's is the same bare message). `alert_level` defaults to `info`; neither it nor `alert_type` is checked against the model's values (`warning_80`/`warning_100`/`over_budget`, `info`/`warning`/`critical`). The real server does not check the project; the mock answers 404 `Resource not found` for an unknown one.
         */
        post: operations["createBudgetAlert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budget-alerts/{alert_id}/ack": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                alert_id: components["parameters"]["AlertId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge a budget alert
         * @description Beyond the API documentation (the real server, reference §25; app/routes/api_v1.py:722, `models/budget_alert.py:47`). Any caller; takes no body. Sets `is_acknowledged`, `acknowledged_by` (the caller) and `acknowledged_at` (again on a second call). 404 `Resource not found`.
         */
        post: operations["acknowledgeBudgetAlert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log (admin)
         * @description Beyond the API documentation (the real server, reference §25; app/routes/api_v1.py:2207, `models/audit_log.py:267`, `utils/audit.py`). Needs the `admin:all` scope. Newest first, at most `limit` rows (default 100, not capped), filtered by `entity_type` (the model's class name, e.g. `ProjectCost`), `user_id`, `action` (`created`/`updated`/`deleted`). The real server writes a row for every insert and delete of its tracked models and one row per changed field of an update; the mock records the writes of project costs, saved filters, comments and budget alerts (other tracked models are not recorded) and keeps the newest 10,000 rows. The real server's rows of API-token requests carry `user_id` null (the listener reads the web session's user; read in the code, not observed); the mock's carry the caller.
         */
        get: operations["listAuditLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The activity feed
         * @description Beyond the API documentation (the real server, reference §25; app/routes/api_v1.py:2229, `models/activity.py:131`). Every user's activities (no access filter), newest first, at most `limit` (default 50), filtered by `user_id` and `entity_type`. Through `/api/v1` the real server logs only time-entry creates, updates and deletes (`api_v1_time_entries.py:224,320`, `services/time_tracking_service.py:711`): the same writes whose `time_entry.*` webhooks carry `event_id` `activity_<id>`. The mock keeps the newest 10,000.
         */
        get: operations["listActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/time-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List time entries
         * @description Newest `start_time` first. Non-admins see only their own entries (and
         *     may not ask for another `user_id`: 403). `start_date`/`end_date` filter
         *     on `start_time`; a date-only `end_date` includes that whole day.
         *     Running timers are excluded unless `include_active=true`.
         */
        get: operations["listTimeEntries"];
        put?: never;
        /**
         * Create a time entry
         * @description Without `project_id` (and without the undocumented `client_id`
         *     alternative) the answer is a 400 `validation_error` naming
         *     `errors.project_id`, as the documentation's example shows (Real server:
         *     400 `error_code: "error"` "Either project or client must be selected",
         *     no field errors). `start_time` must be before `end_time`; the duration is
         *     computed (net of `break_seconds`). Omitting `end_time` creates a running timer (subject to
         *     the single-active-timer setting: 409 `timer_already_running`). An entry
         *     overlapping another finished entry of the same user is a 400.
         *     Send `Idempotency-Key` to make retries safe.
         */
        post: operations["createTimeEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/time-entries/import-csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import time entries from CSV
         * @description The CSV comes as a multipart field `file`, as JSON `{"csv": "..."}` or
         *     `{"data": "..."}`, or as the raw body (`text/csv`). A header row is
         *     required; names are case-insensitive and spaces equal underscores.
         *     Columns: `project_id` (required), `start_time`/`start`,
         *     `end_time`/`end` (required, ISO 8601), `task_id`, `notes`/`description`,
         *     `tags`, `billable` (`1/true/yes/y`; empty means false; absent column
         *     means true). Entries are created for the calling user. Rows that fail
         *     are reported (at most 50 errors; data rows are numbered from 2) and the
         *     answer is still 200.
         */
        post: operations["importTimeEntriesCsv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/time-entries/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk action on time entries
         * @description `delete`, `set_billable`, `set_paid` (value: boolean), `add_tag`,
         *     `remove_tag` (value: non-empty tag). Running entries are skipped for
         *     every action. Non-admins may only touch their own entries (403 when any
         *     entry belongs to someone else). Unknown ids are ignored when at least one
         *     exists (404 when none does). 400 when everything was skipped. Tags are
         *     rewritten as the sorted set joined with `, `.
         */
        post: operations["bulkTimeEntries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/time-entries/{entry_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                entry_id: components["parameters"]["EntryId"];
            };
            cookie?: never;
        };
        /**
         * Get a time entry
         * @description Non-admins get 403 for another user's entry.
         */
        get: operations["getTimeEntry"];
        /**
         * Update a time entry
         * @description Partial update (see `TimeEntryUpdate`). A stale `if_updated_at` is a 409
         *     `conflict`. Setting `end_time` on a running timer is a 400 (stop the timer).
         *     Real server answers 400 (not 404/403) for an unknown id or another user's entry.
         */
        put: operations["updateTimeEntry"];
        post?: never;
        /**
         * Delete a time entry
         * @description A running timer cannot be deleted (400; stop it first). An optional JSON body `{"reason": "..."}` is accepted.
         */
        delete: operations["deleteTimeEntry"];
        options?: never;
        head?: never;
        /**
         * Update a time entry (partial; used by the mobile app)
         * @description Same as PUT.
         */
        patch: operations["patchTimeEntry"];
        trace?: never;
    };
    "/api/v1/timer/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current user's running timer */
        get: operations["getTimerStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/timer/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a timer
         * @description 400 `validation_error` without `project_id`; 409 `timer_already_running`
         *     when the single-active-timer setting is on (the default) and the user
         *     already has a running timer; 400 for an unknown, archived or inactive
         *     project or a task of another project.
         */
        post: operations["startTimer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/timer/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop the running timer
         * @description Sets `end_time` to now and computes the duration (net of breaks). 400 `no_active_timer` when idle. No body needed.
         */
        post: operations["stopTimer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/timer/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause the running timer
         * @description Sets `paused_at`. 400 `no_active_timer` when idle, `invalid_state` when already paused. Not in the seed; called by the desktop and mobile apps.
         */
        post: operations["pauseTimer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/timer/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a paused timer
         * @description Adds the paused interval to `break_seconds` and clears `paused_at`. 400 `no_active_timer` when idle, `invalid_state` when not paused.
         */
        post: operations["resumeTimer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tasks
         * @description Ordered by priority (urgent first), then due date, then creation. `per_page` is not capped on this list.
         */
        get: operations["listTasks"];
        put?: never;
        /**
         * Create a task
         * @description A documented `status` is honoured (default `todo`; Real server ignores it, new tasks always start `todo`). `priority` defaults to `medium`.
         */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        /** Get a task */
        get: operations["getTask"];
        /**
         * Update a task
         * @description Real server answers 400 "Task not found" (not 404) for an unknown id.
         */
        put: operations["updateTask"];
        post?: never;
        /**
         * Delete a task
         * @description Hard delete. Time entries of the task keep their hours but lose the task link.
         */
        delete: operations["deleteTask"];
        options?: never;
        head?: never;
        /**
         * Update a task (partial)
         * @description Same as PUT.
         */
        patch: operations["patchTask"];
        trace?: never;
    };
    "/api/v1/kanban/columns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List kanban columns
         * @description Beyond the API documentation (the real server, reference §14). Active and inactive columns by position, not paginated. Without `project_id` only the global columns (project_id null); with it only that project's own columns, with no fallback to the global ones (the mobile app expects the global ones on a project board that has none, and then shows its built-in todo/in_progress/done). The seeded global columns are the four the real web board creates (todo, in_progress, review, done).
         */
        get: operations["listKanbanColumns"];
        put?: never;
        /**
         * Create a kanban column
         * @description Beyond the API documentation (the real server, reference §14). `key` and `label` are required (`Missing required fields: key, label`, naming the empty ones). A key is unique per project: a second column with it in the same project is 409 `integrity_error`; global keys may repeat (the real server's unique index never matches null project ids). A client may create an undeletable `is_system` column. `wip_limit` cannot be set through the API.
         */
        post: operations["createKanbanColumn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kanban/columns/reorder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reorder kanban columns
         * @description Beyond the API documentation (the real server, reference §14). The listed columns that belong to `project_id` (absent or null: the global ones) get positions 0..n-1 in the order listed; ids of other boards and unknown ids are skipped, unlisted columns keep their positions. `column_ids` must be a non-empty list (`column_ids must be a non-empty list`).
         */
        post: operations["reorderKanbanColumns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kanban/columns/{column_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A column's id (the example is the seeded global `on_hold`, not a system column, so it can be deleted).
                 * @example 5
                 */
                column_id: components["parameters"]["KanbanColumnId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update a kanban column
         * @description Beyond the API documentation (the real server, reference §14). Sets the fields the body names (`key`, `label`, `icon`, `color`, `position`, `is_active`, `is_complete_state`); `wip_limit`, `is_system` and `project_id` cannot be changed. A key already used by another column of the same project is 409. Unknown id: 404 `Resource not found`.
         */
        put: operations["updateKanbanColumn"];
        post?: never;
        /**
         * Delete a kanban column
         * @description Beyond the API documentation (the real server, reference §14). A system column (`is_system`, e.g. the seeded todo, in_progress and done) cannot be deleted: 400 `Cannot delete system column`. Tasks keep their status.
         */
        delete: operations["deleteKanbanColumn"];
        options?: never;
        head?: never;
        /**
         * Update some fields of a kanban column
         * @description Beyond the API documentation (the real server, reference §14). As PUT.
         */
        patch: operations["patchKanbanColumn"];
        trace?: never;
    };
    "/api/v1/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List issues
         * @description Beyond the API documentation (the real server, reference §15). Needs the `issues` module (403 `module_disabled` when an administrator turned it off). Every issue (no per-user restriction), last updated first; `project_id`, `client_id` and `status` filter by equality (an unknown status matches nothing). `per_page` is capped at 100.
         */
        get: operations["listIssues"];
        put?: never;
        /**
         * Create an issue
         * @description Beyond the API documentation (the real server, reference §15). Needs the `issues` module (403 `module_disabled` when an administrator turned it off). `title` (trimmed) and `client_id` are required (`title is required`, `client_id is required`); status defaults to `open`, priority to `medium`, `submitted_by_client` to false; the caller is `created_by`. Project, task, client and assignee ids are not checked (an unknown one gives a null name). `resolved_at` and `closed_at` stay null whatever the status (so on the real server).
         */
        post: operations["createIssue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issues/{issue_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                issue_id: components["parameters"]["IssueId"];
            };
            cookie?: never;
        };
        /**
         * Get an issue
         * @description Beyond the API documentation (the real server, reference §15). Needs the `issues` module (403 `module_disabled` when an administrator turned it off). Any issue, whoever created it. Unknown id: 404 `Issue not found not found` (the real server's words).
         */
        get: operations["getIssue"];
        /**
         * Update an issue
         * @description Beyond the API documentation (the real server, reference §15). Needs the `issues` module (403 `module_disabled` when an administrator turned it off). Sets the fields the body names (`title`, `description`, `status`, `priority`, `project_id`, `client_id`, `assigned_to`); any status may follow any other (the API has no state machine), and `resolved_at`/`closed_at` stay as they were. An empty description becomes null. Unknown id: 404 `Issue not found not found`. Real server: `status` and `priority` take any string; this spec holds them to the model's values.
         */
        put: operations["updateIssue"];
        post?: never;
        /**
         * Delete an issue
         * @description Beyond the API documentation (the real server, reference §15). Needs the `issues` module (403 `module_disabled` when an administrator turned it off). Admins only: 403 `Only admins can delete issues` for anyone else, checked before the id (an unknown id answers a non-admin 403, an admin 404).
         */
        delete: operations["deleteIssue"];
        options?: never;
        head?: never;
        /**
         * Update some fields of an issue
         * @description Beyond the API documentation (the real server, reference §15). Needs the `issues` module (403 `module_disabled` when an administrator turned it off). As PUT.
         */
        patch: operations["patchIssue"];
        trace?: never;
    };
    "/api/v1/calendar/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your calendar events
         * @description Beyond the API documentation (the real server, reference §16). Only the caller's own events (admins too), by start, not paginated. `start` and `end` bound the event's START (start <= event start <= end); a date-only `end` is its midnight, so events on that day are left out. The mobile app asks for `start=<month>-01&end=<last day of the month>` and so misses the month's last day: this spec follows the real server.
         */
        get: operations["listCalendarEvents"];
        put?: never;
        /**
         * Create a calendar event
         * @description Beyond the API documentation (the real server, reference §16). Snake case in, camel case out. `title`, `start_time` and `end_time` are required (`Missing required fields: ...`); an unparseable time, or an end not after the start, is 400 `Invalid start/end time`. Times with `Z` or an offset are converted to the server zone (UTC); naive ones are taken as they are. `event_type` defaults to `event`.
         */
        post: operations["createCalendarEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/events/{event_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                event_id: components["parameters"]["CalendarEventId"];
            };
            cookie?: never;
        };
        /**
         * Get a calendar event
         * @description Beyond the API documentation (the real server, reference §16). Owner or admin, else 403 `Access denied`. Unknown id: 404 `Resource not found`.
         */
        get: operations["getCalendarEvent"];
        /**
         * Update a calendar event
         * @description Beyond the API documentation (the real server, reference §16). Owner or admin. Sets `title`, `description`, `location`, `event_type`, `color`, `is_private`, `reminder_minutes`; `start_time`/`end_time` only when they parse (an unparseable one is ignored) and without an order check. `all_day` cannot be changed: it is accepted and ignored (the mobile app sends it and expects it to change), as on the real server.
         */
        put: operations["updateCalendarEvent"];
        post?: never;
        /**
         * Delete a calendar event
         * @description Beyond the API documentation (the real server, reference §16). Owner or admin, else 403 `Access denied`.
         */
        delete: operations["deleteCalendarEvent"];
        options?: never;
        head?: never;
        /**
         * Update some fields of a calendar event
         * @description Beyond the API documentation (the real server, reference §16). As PUT.
         */
        patch: operations["patchCalendarEvent"];
        trace?: never;
    };
    "/api/v1/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List clients
         * @description Ordered by name.
         */
        get: operations["listClients"];
        put?: never;
        /**
         * Create a client
         * @description Names are unique (400 "A client with this name already exists").
         */
        post: operations["createClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{client_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        /** Get a client */
        get: operations["getClient"];
        /**
         * Update a client
         * @description The clients' sibling of the task and project updates. Real server has no PUT/PATCH on `/clients/{id}` in v1 (405).
         */
        put: operations["updateClient"];
        post?: never;
        /**
         * Delete a client
         * @description Deletes a client that has no projects and no time entries; otherwise 400 (archive its projects, or set `status` to `inactive` instead). Real server has no DELETE on `/clients/{id}` in v1 (405).
         */
        delete: operations["deleteClient"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{client_id}/invoice-unbilled": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The client (the docs' example is client 6, whose seeded time is all booked on projects).
                 * @example 6
                 */
                client_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invoice a client's unbilled time
         * @description Beyond the API documentation (the real server, reference §2, client unbilled invoice). One draft for all of the client's billable finished time not yet on one of its invoices: one item per project (`Project: <name>`, the project's hourly rate), due in 30 days, on the project with the most hours. Nothing to bill: 400 `{error: no_unbilled_entries}`; unknown client: 404 `{error: not_found, message: Client not found}`. Fires `invoice.created`. No first-party caller.
         */
        post: operations["createClientUnbilledInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{client_id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        /**
         * List a client's notes
         * @description Beyond the API documentation (the real server, reference §13). The `clients` module must be enabled (else 403 `module_disabled`). Important notes first, then newest first. `per_page` is not capped. An unknown client is 404 here; the real server does not check the client and answers an empty list.
         */
        get: operations["listClientNotes"];
        put?: never;
        /**
         * Create a client note
         * @description Beyond the API documentation (the real server, reference §13). The `clients` module must be enabled (else 403 `module_disabled`). Anyone with the scope may write on any client. The trimmed `content` is required (400 `content is required`; the real server answers it as a bare `{error}`). An unknown client is 404 here; the real server (SQLite) creates the note with `client_name: "Unknown"`.
         */
        post: operations["createClientNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client-notes/{note_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                note_id: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        /**
         * Get a client note
         * @description Beyond the API documentation (the real server, reference §13). The `clients` module must be enabled (else 403 `module_disabled`). Any note, whoever wrote it (the real server's 404 here is the bare `{"error": "Resource not found"}`).
         */
        get: operations["getClientNote"];
        /**
         * Update a client note
         * @description Beyond the API documentation (the real server, reference §13). The `clients` module must be enabled (else 403 `module_disabled`). The author or an admin, else 403. `content` is required on every update, as on the real server (a body that only toggles `is_important` is 400 `content is required`); it is checked before the author.
         */
        put: operations["updateClientNote"];
        post?: never;
        /**
         * Delete a client note
         * @description Beyond the API documentation (the real server, reference §13). The `clients` module must be enabled (else 403 `module_disabled`). The author or an admin, else 403. Deletes the note.
         */
        delete: operations["deleteClientNote"];
        options?: never;
        head?: never;
        /**
         * Update some fields of a client note
         * @description Beyond the API documentation (the real server, reference §13). The `clients` module must be enabled (else 403 `module_disabled`). As PUT.
         */
        patch: operations["patchClientNote"];
        trace?: never;
    };
    "/api/v1/clients/{client_id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        /**
         * List a client's contacts
         * @description Beyond the API documentation (the real server, reference §12). The `contacts` module must be enabled (else 403 `module_disabled`). The client's active contacts by last name, then first name; not paginated. Unknown client: 404. (The mock has no per-user client scoping, so its 403 `You do not have access to this client` does not occur.)
         */
        get: operations["listClientContacts"];
        put?: never;
        /**
         * Create a contact
         * @description Beyond the API documentation (the real server, reference §12). The `contacts` module must be enabled (else 403 `module_disabled`). Trimmed `first_name` and `last_name` are required (400 `first_name and last_name are required`: the React app's empty `last_name` and the mobile app's `{name}` get it, reference §24 #6, #12). `is_primary: true` makes it the client's only primary contact; the real server stores it false on create (its clear-the-others update hits the new row, a bug the mock does not copy).
         */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{contact_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                contact_id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        /**
         * Get a contact
         * @description Beyond the API documentation (the real server, reference §12). The `contacts` module must be enabled (else 403 `module_disabled`). Any contact, deleted (inactive) ones too.
         */
        get: operations["getContact"];
        /**
         * Update a contact
         * @description Beyond the API documentation (the real server, reference §12). The `contacts` module must be enabled (else 403 `module_disabled`). Sets the fields the body names (null leaves a text field as it is); `is_primary: true` clears the client's other primary contacts.
         */
        put: operations["updateContact"];
        post?: never;
        /**
         * Delete a contact
         * @description Beyond the API documentation (the real server, reference §12). The `contacts` module must be enabled (else 403 `module_disabled`). Soft delete: the contact becomes `is_active: false`, leaves the client's list and stays readable by id.
         */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        /**
         * Update some fields of a contact
         * @description Beyond the API documentation (the real server, reference §12). The `contacts` module must be enabled (else 403 `module_disabled`). As PUT.
         */
        patch: operations["patchContact"];
        trace?: never;
    };
    "/api/v1/deals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List deals
         * @description Beyond the API documentation (the real server, reference §11). The `deals` module must be enabled (else 403 `module_disabled`). Everyone's deals (no owner filter unless `owner` is given; a non-admin's `owner` means their own); by expected close date (none first), then newest. `per_page` is capped at 100.
         */
        get: operations["listDeals"];
        put?: never;
        /**
         * Create a deal
         * @description Beyond the API documentation (the real server, reference §11). The `deals` module must be enabled (else 403 `module_disabled`). `name` is required. `stage` defaults to `prospecting`, `status` to `open`, `probability` to 50, `owner_id` to the caller. The answer has no `amount`: the React app's `amount` is not a field (its value stays null, reference §24 #3). `closed_at` stays null on every write, as on the real server.
         */
        post: operations["createDeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{deal_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                deal_id: components["parameters"]["DealId"];
            };
            cookie?: never;
        };
        /**
         * Get a deal
         * @description Beyond the API documentation (the real server, reference §11). The `deals` module must be enabled (else 403 `module_disabled`). The owner or an admin, else 403.
         */
        get: operations["getDeal"];
        /**
         * Update a deal
         * @description Beyond the API documentation (the real server, reference §11). The `deals` module must be enabled (else 403 `module_disabled`). The owner or an admin, else 403. Sets the fields the body names; moving `stage` or `status` (`won`, `lost`, `cancelled`) is a plain update (the real server's API does not close deals: `closed_at` stays null and `actual_close_date` is what the body sends).
         */
        put: operations["updateDeal"];
        post?: never;
        /**
         * Delete a deal
         * @description Beyond the API documentation (the real server, reference §11). The `deals` module must be enabled (else 403 `module_disabled`). The owner or an admin, else 403. Deletes the deal.
         */
        delete: operations["deleteDeal"];
        options?: never;
        head?: never;
        /**
         * Update some fields of a deal
         * @description Beyond the API documentation (the real server, reference §11). The `deals` module must be enabled (else 403 `module_disabled`). As PUT.
         */
        patch: operations["patchDeal"];
        trace?: never;
    };
    "/api/v1/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List leads
         * @description Beyond the API documentation (the real server, reference §10). The `leads` module must be enabled (else 403 `module_disabled`). Everyone's leads (no owner filter unless `owner` is given; a non-admin's `owner` means their own); highest score first, then newest. Without `status`, converted and lost leads are left out. `per_page` is capped at 100.
         */
        get: operations["listLeads"];
        put?: never;
        /**
         * Create a lead
         * @description Beyond the API documentation (the real server, reference §10). The `leads` module must be enabled (else 403 `module_disabled`). Trimmed `first_name` and `last_name` are required (400 `first_name and last_name are required`: the React app's empty `last_name` gets it, reference §24 #12). `status` defaults to `new`, `score` to 0, `currency_code` to EUR, `owner_id` to the caller; `tags` is a comma-separated string, answered as an array. There is no `name` or `company` in the answer (the mobile app reads them, reference §24 #6). Real server: a non-integer `score` is a 500 and a bad `estimated_value` is stored null; here both are 400.
         */
        post: operations["createLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{lead_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                lead_id: components["parameters"]["LeadId"];
            };
            cookie?: never;
        };
        /**
         * Get a lead
         * @description Beyond the API documentation (the real server, reference §10). The `leads` module must be enabled (else 403 `module_disabled`). The owner or an admin, else 403.
         */
        get: operations["getLead"];
        /**
         * Update a lead
         * @description Beyond the API documentation (the real server, reference §10). The `leads` module must be enabled (else 403 `module_disabled`). The owner or an admin, else 403. Sets the fields the body names (null leaves a text field as it is). Setting `status: converted` does not convert: `is_converted` follows `converted_to_client_id`/`converted_to_deal_id`, which the API cannot set, so it stays false (as observed on the real server).
         */
        put: operations["updateLead"];
        post?: never;
        /**
         * Delete a lead
         * @description Beyond the API documentation (the real server, reference §10). The `leads` module must be enabled (else 403 `module_disabled`). The owner or an admin, else 403. Deletes the lead.
         */
        delete: operations["deleteLead"];
        options?: never;
        head?: never;
        /**
         * Update some fields of a lead
         * @description Beyond the API documentation (the real server, reference §10). The `leads` module must be enabled (else 403 `module_disabled`). As PUT.
         */
        patch: operations["patchLead"];
        trace?: never;
    };
    "/api/v1/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List quotes
         * @description Newest first. Admins see every quote, others the quotes they created. `per_page` is not capped on this list.
         */
        get: operations["listQuotes"];
        put?: never;
        /**
         * Create a quote
         * @description Starts as `draft` with an auto-generated number. Totals are recomputed from the items (subtotal, discount, tax at `tax_rate` percent). Real server errors carry only `error`.
         */
        post: operations["createQuote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quotes/{quote_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                quote_id: components["parameters"]["QuoteId"];
            };
            cookie?: never;
        };
        /** Get a quote */
        get: operations["getQuote"];
        /**
         * Update a quote
         * @description `items` replaces every item. Admins or the creator only. Real server answers 400 (not 404) "Quote not found".
         */
        put: operations["updateQuote"];
        post?: never;
        /**
         * Delete a quote
         * @description Admins or the creator only.
         */
        delete: operations["deleteQuote"];
        options?: never;
        head?: never;
        /**
         * Update a quote (partial)
         * @description Same as PUT.
         */
        patch: operations["patchQuote"];
        trace?: never;
    };
    "/api/v1/tax-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tax rules (administrators)
         * @description Beyond the API documentation (the real server, `api_v1.py:1912`). Every rule, newest first; not paginated.
         */
        get: operations["listTaxRules"];
        put?: never;
        /**
         * Create a tax rule (administrators)
         * @description Beyond the API documentation (the real server, `api_v1.py:1942`). `name` and `rate_percent` are required: `Missing required fields: name, rate_percent` names each one that is absent or empty (a `rate_percent` of 0 counts as missing, as on the real server). `client_id` and `project_id` are not checked. The answer carries only the new id. Real server: a malformed `start_date`/`end_date` is stored as null and a non-numeric `rate_percent` string gives `Invalid rate_percent`; the mock refuses both as a validation error.
         */
        post: operations["createTaxRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tax-rules/{rule_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                rule_id: components["parameters"]["TaxRuleId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update a tax rule (administrators)
         * @description Beyond the API documentation (the real server, `api_v1.py:1975`). Sets the fields the body names; the answer is only a message. Real server: an unknown id answers Flask's plain 404; an unparsable `rate_percent` is ignored and a malformed date clears the field (the mock refuses both).
         */
        put: operations["updateTaxRule"];
        post?: never;
        /**
         * Delete a tax rule (administrators)
         * @description Beyond the API documentation (the real server, `api_v1.py:2015`).
         */
        delete: operations["deleteTaxRule"];
        options?: never;
        head?: never;
        /**
         * Update some fields of a tax rule (administrators)
         * @description Beyond the API documentation (the real server, `api_v1.py:1975`). As PUT (one handler).
         */
        patch: operations["patchTaxRule"];
        trace?: never;
    };
    "/api/v1/currencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List currencies
         * @description Beyond the API documentation (the real server, `api_v1.py:2027`). Every currency, active or not, by code; not paginated. The real server seeds none (the mock's default scenario has a few).
         */
        get: operations["listCurrencies"];
        put?: never;
        /**
         * Add a currency (administrators)
         * @description Beyond the API documentation (the real server, `api_v1.py:2047`). `code` and `name` are required (`Missing required fields: ...`); the code is stored trimmed and upper-case, and an existing one gives `Currency already exists`. `decimal_places` defaults to 2, `is_active` to true. The answer carries only the code. Real server: the code column holds 3 characters (longer codes fail on PostgreSQL); the mock refuses more than 3 after trimming.
         */
        post: operations["createCurrency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/currencies/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A currency code, matched upper-case (`eur` names EUR).
                 * @example EUR
                 */
                code: components["parameters"]["CurrencyCode"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update a currency (administrators)
         * @description Beyond the API documentation (the real server, `api_v1.py:2070`). The code in the path is matched upper-case; sets `name`, `symbol`, `decimal_places`, `is_active` as given; the answer is only a message.
         */
        put: operations["updateCurrency"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update some fields of a currency (administrators)
         * @description Beyond the API documentation (the real server, `api_v1.py:2070`). As PUT (one handler).
         */
        patch: operations["patchCurrency"];
        trace?: never;
    };
    "/api/v1/exchange-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List exchange rates
         * @description Beyond the API documentation (the real server, `api_v1.py:2082`). Newest day first (ties: id), at most 200 rates; not paginated.
         */
        get: operations["listExchangeRates"];
        put?: never;
        /**
         * Add an exchange rate (administrators)
         * @description Beyond the API documentation (the real server, `api_v1.py:2115`). `base_code`, `quote_code`, `rate` and `date` are required (`Missing required fields: ...`; a rate of 0 counts as missing); a malformed date gives `Invalid date`; both currencies must exist (`Base and quote currencies must exist before creating an exchange rate`). The answer carries only the new id. One rate per pair and day: a second one is a 409 here; the real server's unique constraint fails the request (500).
         */
        post: operations["createExchangeRate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange-rates/{rate_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                rate_id: components["parameters"]["ExchangeRateId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update an exchange rate (administrators)
         * @description Beyond the API documentation (the real server, `api_v1.py:2148`). Sets `rate`, `date` and `source`; the answer is only a message. Moving a rate onto a day its pair already has is a 409 (real server: 500). Real server: a malformed `date` is ignored; the mock refuses it.
         */
        put: operations["updateExchangeRate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update some fields of an exchange rate (administrators)
         * @description Beyond the API documentation (the real server, `api_v1.py:2148`). As PUT (one handler).
         */
        patch: operations["patchExchangeRate"];
        trace?: never;
    };
    "/api/v1/invoice-pdf-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the invoice PDF templates (administrators)
         * @description Beyond the API documentation (the real server, `api_v1.py:2245`, `models/invoice_pdf_template.py:85`). One per page size, ordered by page size; not paginated. The real server's migration seeds A4, Letter, A3, Legal and A5, all `is_default`, with empty designs.
         */
        get: operations["listInvoicePdfTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoice-pdf-templates/{page_size}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A page size the real server can lay out (`utils/pdf_template_schema.py:13`).
                 * @example A4
                 */
                page_size: components["parameters"]["PageSize"];
            };
            cookie?: never;
        };
        /**
         * A page size's invoice PDF template (administrators)
         * @description Beyond the API documentation (the real server, `api_v1.py:2252`, `models/invoice_pdf_template.py:43`). A page size that has no template yet gets one (a default ReportLab design in `template_json`, `is_default` true), so this GET can write. Real server: a page size outside the list fails the request (500); the mock answers 404.
         */
        get: operations["getInvoicePdfTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoice-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List invoice templates (administrators)
         * @description Beyond the API documentation (the real server, `api_v1.py:2262`). By name; not paginated.
         */
        get: operations["listInvoiceTemplates"];
        put?: never;
        /**
         * Create an invoice template (administrators)
         * @description Beyond the API documentation (the real server, `api_v1.py:2306`). `name` is trimmed and required (`name is required`) and unique (`Template name already exists`); empty texts are stored as null (shown as `""` for `html`/`css`). `is_default: true` makes it the only default. The answer carries only the new id.
         */
        post: operations["createInvoiceTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoice-templates/{template_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                template_id: components["parameters"]["InvoiceTemplateId"];
            };
            cookie?: never;
        };
        /**
         * Get an invoice template (administrators)
         * @description Beyond the API documentation (the real server, `api_v1.py:2286`).
         */
        get: operations["getInvoiceTemplate"];
        /**
         * Update an invoice template (administrators)
         * @description Beyond the API documentation (the real server, `api_v1.py:2331`). A sent `name` must not be empty (`name cannot be empty`) nor another template's (`Template name already exists`); `is_default: true` makes it the only default, `false` is ignored. The answer is only a message.
         */
        put: operations["updateInvoiceTemplate"];
        post?: never;
        /**
         * Delete an invoice template (administrators)
         * @description Beyond the API documentation (the real server, `api_v1.py:2356`). Also a template invoices name (the real server does not check).
         */
        delete: operations["deleteInvoiceTemplate"];
        options?: never;
        head?: never;
        /**
         * Update some fields of an invoice template (administrators)
         * @description Beyond the API documentation (the real server, `api_v1.py:2331`). As PUT (one handler).
         */
        patch: operations["patchInvoiceTemplate"];
        trace?: never;
    };
    "/api/v1/inventory/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List stock transfers
         * @description One row per transfer (its out/in movement pair), newest first. Needs the inventory module.
         */
        get: operations["listTransfers"];
        put?: never;
        /**
         * Transfer stock between warehouses
         * @description Creates an outgoing and an incoming movement sharing a reference id. 400 for a non-positive quantity, the same warehouse twice, or not enough stock; 404 for an unknown item or warehouse.
         */
        post: operations["createTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/transfers/{reference_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The transfer's reference id (creation time in epoch milliseconds on the real server).
                 * @example 1767225600000
                 */
                reference_id: components["parameters"]["ReferenceId"];
            };
            cookie?: never;
        };
        /** Get a transfer by reference id */
        get: operations["getTransfer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/reports/valuation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stock valuation
         * @description Quantity on hand times unit cost, in total, per warehouse, per category and per item.
         */
        get: operations["getValuationReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/reports/movement-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stock movement history
         * @description Newest first. `pagination` is present only when both `page` and `per_page` are given (`per_page` at most 100).
         */
        get: operations["getMovementHistoryReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/reports/turnover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stock turnover per item
         * @description Only `sale`, `usage` and `consumption` movements count as sold. Defaults to the last 365 days.
         */
        get: operations["getTurnoverReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/reports/low-stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Items below their reorder point */
        get: operations["getLowStockReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List stock items
         * @description Beyond the API documentation (the real server, reference §25; api_v1.py:3219). Ordered by name. `search` matches SKU, name or barcode (case-insensitive substring); `category` is an exact match. Paginated as the real server's `paginate_query` (`per_page` capped at 100; a non-integer `page`/`per_page` is a 500 there [bug], a 400 here). The real server checks neither the inventory module nor the caller's role on this route (only transfers and reports check the module).
         */
        get: operations["listStockItems"];
        put?: never;
        /**
         * Create a stock item
         * @description Beyond the API documentation (the real server, reference §25; api_v1.py:3253, models/stock_item.py:152). `sku` and `name` are required (`Missing required fields: sku, name`); the SKU is trimmed and upper-cased, a SKU already in use is a 400 (the mock's wording; the real server answers the database's unique-constraint text). `reorder_point`, `reorder_quantity`, `supplier` and `notes` cannot be set through the API. Real server 5.10.0: every create answers 400 `__init__() missing 1 required positional argument: 'created_by'` [bug] (the route does not pass the creator); the mock creates the item, with the caller as `created_by`.
         */
        post: operations["createStockItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/items/{item_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                item_id: components["parameters"]["StockItemId"];
            };
            cookie?: never;
        };
        /**
         * Get a stock item
         * @description Beyond the API documentation (the real server, reference §25; api_v1.py:3245). Inactive items too. An unknown id is a 404 `Resource not found` (the real server's `get_or_404`, a bare `{error}` body there).
         */
        get: operations["getStockItem"];
        /**
         * Update a stock item
         * @description Beyond the API documentation (the real server, reference §25; api_v1.py:3289). Sets the fields the body names; unlike create, nothing is trimmed or upper-cased, and a falsy `default_cost`/`default_price` clears it. `sku` cannot change. An unknown id is a 404 `Resource not found` (the real server's `get_or_404`, a bare `{error}` body there).
         */
        put: operations["updateStockItem"];
        post?: never;
        /**
         * Deactivate a stock item
         * @description Beyond the API documentation (the real server, reference §25; api_v1.py:3329). A soft delete: sets `is_active: false` (`Stock item deactivated successfully`); the item, its stock and movements stay, `GET` still shows it, the default list no longer does. An unknown id is a 404 `Resource not found` (the real server's `get_or_404`, a bare `{error}` body there).
         */
        delete: operations["deleteStockItem"];
        options?: never;
        head?: never;
        /**
         * Update some fields of a stock item
         * @description Beyond the API documentation (the real server, reference §25; api_v1.py:3289). Sets the fields the body names; unlike create, nothing is trimmed or upper-cased, and a falsy `default_cost`/`default_price` clears it. `sku` cannot change. An unknown id is a 404 `Resource not found` (the real server's `get_or_404`, a bare `{error}` body there). Same handler as PUT.
         */
        patch: operations["patchStockItem"];
        trace?: never;
    };
    "/api/v1/inventory/items/{item_id}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                item_id: components["parameters"]["StockItemId"];
            };
            cookie?: never;
        };
        /**
         * Stock of an item per warehouse
         * @description Beyond the API documentation (the real server, reference §25; api_v1.py:3346). One row per warehouse that has a stock record of the item (zero included), in record order. An unknown id is a 404 `Resource not found` (the real server's `get_or_404`, a bare `{error}` body there).
         */
        get: operations["getStockItemAvailability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/warehouses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List warehouses
         * @description Beyond the API documentation (the real server, reference §25; api_v1.py:3376, models/warehouse.py:57). Ordered by code. The real server has no route to create, change or delete a warehouse under /api/v1 (only this list). Paginated as the real server's `paginate_query` (`per_page` capped at 100; a non-integer `page`/`per_page` is a 500 there [bug], a 400 here). The real server checks neither the inventory module nor the caller's role on this route (only transfers and reports check the module).
         */
        get: operations["listWarehouses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/stock-levels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stock levels
         * @description Beyond the API documentation (the real server, reference §25; api_v1.py:3392). Not paginated. Each row embeds the warehouse's and the item's full `to_dict`. The real server checks neither the inventory module nor the caller's role on this route (only transfers and reports check the module).
         */
        get: operations["listStockLevels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a stock movement
         * @description Beyond the API documentation (the real server, reference §25; api_v1.py:3429, models/stock_movement.py:87, warehouse_stock.py:65). `stock_item_id`, `warehouse_id` and `quantity` are required (`stock_item_id, warehouse_id, and quantity are required`; quantity 0 counts as given); `movement_type` defaults to `adjustment`. The signed quantity is added to the warehouse's stock (a record is created when there is none); on-hand never goes below 0 (it is clamped, the movement keeps the full quantity). `return` must be positive, `waste` negative. `devaluation` (trackable item with a default cost, quantity positive and at most on hand, `devalue_method` `percent` with `devalue_percent` 0-100 or `fixed` with `devalue_unit_cost` >= 0) records a movement of quantity 0 at the new unit cost and answers only `{message}`; `devalue_enabled` on a return or waste applies the same cost rules (a waste first records the devaluation). Unknown item: 404 `Stock item not found`. Unknown warehouse: 400 `Failed to record movement: ...` (the real server's foreign-key failure; on SQLite it records the movement). The mock keeps no cost lots (FIFO layers): the valuation report stays at the item's default cost.
         */
        post: operations["createStockMovement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/suppliers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List suppliers
         * @description Beyond the API documentation (the real server, reference §25; api_v1.py:4012). Ordered by name; `search` matches code or name (case-insensitive substring). Paginated as the real server's `paginate_query` (`per_page` capped at 100; a non-integer `page`/`per_page` is a 500 there [bug], a 400 here). The real server checks neither the inventory module nor the caller's role on this route (only transfers and reports check the module).
         */
        get: operations["listSuppliers"];
        put?: never;
        /**
         * Create a supplier
         * @description Beyond the API documentation (the real server, reference §25; api_v1.py:4048, models/supplier.py:71). `code` and `name` are required (`Missing required fields: code, name`); the code is trimmed and upper-cased; a code in use is a 400 `Supplier with code '<code>' already exists`. `description`, `tax_id`, `payment_terms` and `currency_code` cannot be set through the API (null, null, null, EUR). Real server 5.10.0: every create answers 400 `__init__() missing 1 required positional argument: 'created_by'` [bug]; the mock creates the supplier, with the caller as `created_by`.
         */
        post: operations["createSupplier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/suppliers/{supplier_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                supplier_id: components["parameters"]["SupplierId"];
            };
            cookie?: never;
        };
        /**
         * Get a supplier
         * @description Beyond the API documentation (the real server, reference §25; api_v1.py:4038). An unknown id is a 404 `Resource not found` (the real server's `get_or_404`, a bare `{error}` body there).
         */
        get: operations["getSupplier"];
        /**
         * Update a supplier
         * @description Beyond the API documentation (the real server, reference §25; api_v1.py:4087). Sets the fields the body names (not trimmed or upper-cased); a new `code` already used by another supplier is a 400 `Supplier with code '<code>' already exists`. An unknown id is a 404 `Resource not found` (the real server's `get_or_404`, a bare `{error}` body there).
         */
        put: operations["updateSupplier"];
        post?: never;
        /**
         * Deactivate a supplier
         * @description Beyond the API documentation (the real server, reference §25; api_v1.py:4129). A soft delete: `is_active: false` (`Supplier deactivated successfully`); its purchase orders stay. An unknown id is a 404 `Resource not found` (the real server's `get_or_404`, a bare `{error}` body there).
         */
        delete: operations["deleteSupplier"];
        options?: never;
        head?: never;
        /**
         * Update some fields of a supplier
         * @description Beyond the API documentation (the real server, reference §25; api_v1.py:4087). Sets the fields the body names (not trimmed or upper-cased); a new `code` already used by another supplier is a 400 `Supplier with code '<code>' already exists`. An unknown id is a 404 `Resource not found` (the real server's `get_or_404`, a bare `{error}` body there). Same handler as PUT.
         */
        patch: operations["patchSupplier"];
        trace?: never;
    };
    "/api/v1/inventory/suppliers/{supplier_id}/stock-items": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                supplier_id: components["parameters"]["SupplierId"];
            };
            cookie?: never;
        };
        /**
         * A supplier's stock items
         * @description Beyond the API documentation (the real server, reference §25; api_v1.py:4148, models/supplier_stock_item.py:65). Active links only, each with the linked item's `to_dict` as `stock_item`. The API has no route that creates a link (the web UI does); the default scenario seeds some. An unknown id is a 404 `Resource not found` (the real server's `get_or_404`, a bare `{error}` body there).
         */
        get: operations["listSupplierStockItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/purchase-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List purchase orders
         * @description Beyond the API documentation (the real server, reference §25; api_v1.py:4173). Newest `order_date` first (ties: newest id first, the mock's choice). Paginated as the real server's `paginate_query` (`per_page` capped at 100; a non-integer `page`/`per_page` is a 500 there [bug], a 400 here). The real server checks neither the inventory module nor the caller's role on this route (only transfers and reports check the module).
         */
        get: operations["listPurchaseOrders"];
        put?: never;
        /**
         * Create a purchase order
         * @description Beyond the API documentation (the real server, reference §25; api_v1.py:4208, models/purchase_order.py:87,141). Status `draft`; `po_number` `PO-<order date YYYYMMDD>-<id, 4 digits>`; `order_date` defaults to today. 400 `supplier_id is required`, `supplier_id does not reference an existing supplier`, `Each item requires a non-empty description`, `quantity_ordered must be greater than zero` (default 1), `unit_cost must be zero or greater` (default 0). An item's `stock_item_id`/`warehouse_id` naming nothing is a 409 `Could not create purchase order due to data conflict` (the real server's foreign-key failure). `subtotal` is the sum of quantity x unit cost; tax and shipping stay 0. `internal_notes` is stored but never shown.
         */
        post: operations["createPurchaseOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/purchase-orders/{po_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                po_id: components["parameters"]["PurchaseOrderId"];
            };
            cookie?: never;
        };
        /**
         * Get a purchase order
         * @description Beyond the API documentation (the real server, reference §25; api_v1.py:4198). An unknown id is a 404 `Resource not found` (the real server's `get_or_404`, a bare `{error}` body there).
         */
        get: operations["getPurchaseOrder"];
        /**
         * Update a draft purchase order
         * @description Beyond the API documentation (the real server, reference §25; api_v1.py:4316). Only a `draft` can change: otherwise 400 `Cannot update purchase order with status '<status>'. Only draft orders can be updated.` Sets `order_date`, `expected_delivery_date`, `notes`, `internal_notes`, `currency_code`; `items` replaces every line (not validated as on create: an empty description is a 400 `Invalid purchase order payload`) and recomputes the totals. `status` cannot be set: the API has no send or confirm route (sent and confirmed orders come from the web UI). An item naming no stock item or warehouse: 409 `Could not update purchase order due to data conflict`. An unknown id is a 404 `Resource not found` (the real server's `get_or_404`, a bare `{error}` body there).
         */
        put: operations["updatePurchaseOrder"];
        post?: never;
        /**
         * Delete a draft purchase order
         * @description Beyond the API documentation (the real server, reference §25; api_v1.py:4398). Only a `draft` (a hard delete, `Purchase order deleted successfully`); otherwise 400 `Cannot delete purchase order with status '<status>'. Only draft orders can be deleted.` An unknown id is a 404 `Resource not found` (the real server's `get_or_404`, a bare `{error}` body there).
         */
        delete: operations["deletePurchaseOrder"];
        options?: never;
        head?: never;
        /**
         * Update some fields of a draft purchase order
         * @description Beyond the API documentation (the real server, reference §25; api_v1.py:4316). Only a `draft` can change: otherwise 400 `Cannot update purchase order with status '<status>'. Only draft orders can be updated.` Sets `order_date`, `expected_delivery_date`, `notes`, `internal_notes`, `currency_code`; `items` replaces every line (not validated as on create: an empty description is a 400 `Invalid purchase order payload`) and recomputes the totals. `status` cannot be set: the API has no send or confirm route (sent and confirmed orders come from the web UI). An item naming no stock item or warehouse: 409 `Could not update purchase order due to data conflict`. An unknown id is a 404 `Resource not found` (the real server's `get_or_404`, a bare `{error}` body there). Same handler as PUT.
         */
        patch: operations["patchPurchaseOrder"];
        trace?: never;
    };
    "/api/v1/inventory/purchase-orders/{po_id}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                po_id: components["parameters"]["PurchaseOrderId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive a purchase order
         * @description Beyond the API documentation (the real server, reference §25; api_v1.py:4432, models/purchase_order.py:100). First sets `quantity_received` of each listed line (`item_id` = the line's id; other ids are ignored). Then, unless the order is already `received` or `cancelled`, it becomes `received` (`received_date` defaults to today) and each line with a stock item and a positive `quantity_received` records a `purchase` movement (reference `purchase_order` #id, reason `Purchase Order <po_number>`, the line's unit cost, moved by the order's creator) into the line's warehouse, or the first active warehouse: stock levels, availability and the movement-history, valuation and low-stock reports show it. Lines received without `items` stay at 0 and move no stock. A received or cancelled order answers 200 unchanged (the line quantities are still written) - the real server's behaviour.
         */
        post: operations["receivePurchaseOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hours summary over a period
         * @description Finished entries whose `start_time` is in the period. Defaults: the last
         *     30 days up to now. Non-admins see their own hours (another `user_id` is a
         *     403); admins see everyone unless `user_id` is given. Entries booked to a
         *     client only count in the totals, not in `by_project`. Real server: a
         *     date-only `end_date` means midnight (that day excluded), unlike
         *     `/time-entries`; the mock includes the whole day, as the documented
         *     ISO-date contract implies.
         */
        get: operations["getSummaryReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/capacity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Capacity per user over a date range
         * @description Beyond the API documentation (the real server, reference §21). Both dates required (400 `start_date and end_date are required`). Per user (by username): expected hours (weekdays not covered by an enabled holiday x 8), allocated hours (finished entries starting in the range), time-off hours (the requested hours of approved requests overlapping the range, not prorated), available hours and utilisation. Non-admins get their own row; admins every user (inactive too) or those of `user_ids`. Client: the React app sends no dates and always gets the 400.
         */
        get: operations["getCapacityReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/compliance/locked-periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Closed (locked) timesheet periods
         * @description Beyond the API documentation (the real server, reference §21). Approvers (admins and the timesheet policy's approvers; else 403 `Access denied`). Closed periods of every user overlapping the optional range, newest first.
         */
        get: operations["getLockedPeriodsReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/compliance/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Audit events of time entries, timesheets and attendance
         * @description Beyond the API documentation (the real server, reference §21). Approvers. Newest first, at most 5000, optional range (by `created_at`) and `user_id` (who acted). The mock records the governance actions it serves (time-entry approval requests and decisions, attendance correction requests) and seeds a history; field-level edits of time entries are not recorded. Real server: every change of a time entry, timesheet period or attendance record is logged by database listeners.
         */
        get: operations["getComplianceAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/compliance/belgium-attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Attendance rows for a labour inspector (Belgium's royal decree)
         * @description Beyond the API documentation (the real server, reference §21). Both dates required (400 `start_date and end_date are required`). One row per attendance day (a user's work periods of one date) in the range, by date then user; non-admins their own, admins all or `user_id`. Real server: a malformed date answers 500.
         */
        get: operations["getBelgiumAttendanceReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/payroll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Payroll CSV: hours per user and ISO week
         * @description Beyond the API documentation (the real server, reference §21). `text/csv`, one row per user and ISO week of the finished entries starting in the range (hours rounded to 2 places, by week then username). Both dates required (400 `start_date and end_date are required (YYYY-MM-DD)`). Non-admins their own hours; admins all or `user_id`. `approved_only` / `closed_only` keep the weeks whose timesheet period is approved / closed. Real server: those filters create the missing (draft) periods of every week they look at (a GET that writes); the mock counts a missing period as a draft without creating it.
         */
        get: operations["exportPayroll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The authenticated user
         * @description Also the admin's time-entry requirements and the enabled modules, which the desktop and mobile apps read.
         */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List active users (administrators) */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ai/context-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the AI helper would be told about the caller
         * @description Beyond the API documentation (the real server, reference §25; app/routes/api_v1_ai.py:26, services/llm_service.py `build_context`, `context_preview_from_context`). The caller's recent entries (newest start first, `context_limit` of them, 5-100, default 40; at most 8 shown), the running timer, open tasks assigned to the caller (todo, in progress, review; soonest due first, at most 8 shown), their projects (at most 8 shown), and the summary counts over all recent entries; with the provider's public settings (never the key). The helper is off unless an admin turns it on (`AI_ENABLED`, default false): then a 503 `ai_disabled` `AI helper is disabled`, and so in the mock by default (MSW/engine users turn it on with `store.settings.ai.enabled = true`). The mock runs no model.
         */
        get: operations["getAiContextPreview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ai/chat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask the AI helper
         * @description Beyond the API documentation (the real server, reference §25; app/routes/api_v1_ai.py:43, services/llm_service.py `chat`). Off by default: 503 `ai_disabled` `AI helper is disabled.`; a configuration without base URL or model is a 400 `ai_not_configured`, a hosted provider without key a 400 `ai_missing_api_key`; a blank `prompt` is a 400 `validation_error` `Prompt is required.`. The real server sends the prompt, the last 8 `history` turns and the caller's context to the configured model and answers its text as `reply` with the actions it proposes (a JSON block `{"actions": [...]}` in the text; types `create_time_entry`, `start_timer`, `summary`), which nothing executes until `POST /ai/actions/confirm`. The mock runs no model: its `reply` is made from the prompt and the caller's data (recent hours, open tasks, the running timer), deterministically, and its actions follow words of the prompt: `start` with `timer` proposes `start_timer` on the active project the caller worked on last (none while a timer runs); `log`, `add` or `create` with `entry`, `time`, `hour` or `minute` proposes `create_time_entry` there (the duration a number of minutes or hours in the prompt names, else 60 minutes); `summar` proposes a `summary`. The reply carries the JSON block, as a model's would.
         */
        post: operations["postAiChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ai/actions/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Carry out an action the AI helper proposed
         * @description Beyond the API documentation (the real server, reference §25; app/routes/api_v1_ai.py:53, services/llm_service.py `confirm_action`). Off by default: 503 `ai_disabled` `AI helper is disabled`. `start_timer` needs `payload.project_id` (400 `validation_error` `Project is required to start a timer.`) and starts the caller's timer as `POST /timer/start` does (its refusals as 400s with their message; a project the caller cannot see is a 403 `You cannot access that project.`); answers `{success, ok, type, timer}`. `create_time_entry` records a finished entry: `end_time` (default now), `start_time` (default end minus `duration_minutes`, default 60), `notes` (or `description`), `tags`, `billable` (default true), as `POST /time-entries` does (an end before the start is a 400 `End time must be after start time.`); answers `{success, ok, type, entry}`. `summary` echoes `payload.text` as `summary`. Any other type is a 400 `unsupported_action` `Unsupported AI action.`. The mock runs no model; this route needs none.
         */
        post: operations["confirmAiAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attendance/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Today's workday and break state */
        get: operations["getAttendanceStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workday/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The open workday session, if any */
        get: operations["getWorkdayStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workday/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start the workday
         * @description Opens a workday session (and its attendance work period). 400 `workday_already_active` when one is open.
         */
        post: operations["startWorkday"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workday/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the workday
         * @description Ends an open break first. 400 `no_active_workday` when no workday is open.
         */
        post: operations["endWorkday"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attendance/break/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a break
         * @description 400 `no_active_workday` without an open workday, `break_already_active` with a break already running.
         */
        post: operations["startBreak"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attendance/break/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the running break
         * @description 400 `no_active_break` when no break is running.
         */
        post: operations["endBreak"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attendance/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's attendance days
         * @description Beyond the API documentation (the real server, reference §22). The caller's attendance days (each with its work periods and breaks) from `days` days before today up to today, newest first. Real server: always answers 500 `internal_error` (the route passes an argument the service does not take); the mock answers what the route means to. The mobile app reads `records`.
         */
        get: operations["getAttendanceHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attendance/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a correction of an attendance record
         * @description Beyond the API documentation (the real server, reference §22). A pending correction (it is reviewed and applied in the web UI). `reason` required; the day must be the caller's (admins: anyone's) and not locked by a closed timesheet period; `entity_type` `AttendanceWorkPeriod`, `AttendanceBreak` or `DailyAttendanceRecord` with the `entity_id` of that record (its current values are kept in `original_values`), or `AddWorkPeriod` for a day without work periods (`corrected_values.start_time` required). Failures are 400 with the service's messages.
         */
        post: operations["createAttendanceCorrection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/rate_limit_status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Harvest-style throttle status of the caller's account
         * @description Mock extension, from the Harvest and CoffeeCup APIs: the caller's
         *     count in the current 15-second window of the `harvest` throttle profile
         *     (more than `max_calls` calls in `timeframe_limit` seconds answers 503
         *     with `Retry-After`). Not counted itself. Not part of TimeTracker.
         */
        get: operations["getRateLimitStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/time-entry-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your time-entry templates
         * @description Beyond the API documentation (the real server, reference §17). Only the caller's own templates, admins included; newest first (the reference names no order: the mock's choice). `per_page` is not capped.
         */
        get: operations["listTimeEntryTemplates"];
        put?: never;
        /**
         * Create a time-entry template
         * @description Beyond the API documentation (the real server, reference §17). `name` is required (`Missing required fields: name`); the other fields are not validated (an unknown project or task gives a null name).
         */
        post: operations["createTimeEntryTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/time-entry-templates/{template_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                template_id: components["parameters"]["TemplateId"];
            };
            cookie?: never;
        };
        /**
         * Get a time-entry template
         * @description Beyond the API documentation (the real server, reference §17). Owner or admin, else 403.
         */
        get: operations["getTimeEntryTemplate"];
        /**
         * Update a time-entry template
         * @description Beyond the API documentation (the real server, reference §17). Owner or admin. Sets the fields the body names.
         */
        put: operations["updateTimeEntryTemplate"];
        post?: never;
        /**
         * Delete a time-entry template
         * @description Beyond the API documentation (the real server, reference §17). Owner or admin.
         */
        delete: operations["deleteTimeEntryTemplate"];
        options?: never;
        head?: never;
        /**
         * Update some fields of a time-entry template
         * @description Beyond the API documentation (the real server, reference §17). As PUT.
         */
        patch: operations["patchTimeEntryTemplate"];
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhooks
         * @description Beyond the API documentation (the real server, reference §23). Non-admins see their own; newest first. `per_page` capped at 100.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Register a webhook
         * @description Beyond the API documentation (the real server, reference §23). The answer carries the signing `secret` (only here). Subscribed events are POSTed to `url` with `X-Webhook-Event`, `X-Webhook-ID`, `User-Agent: TimeTracker-Webhook/1.0` and `X-Webhook-Signature: sha256=<hex HMAC-SHA256 of the body under the secret>`; a failed attempt is retried `max_retries` times, `retry_delay_seconds` x 2^n later, at the next 5-minute mark of the clock. Unlike the real server, the mock sends after answering the request (never blocking or failing it).
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the event types
         * @description Beyond the API documentation (the real server, reference §23). The 31 event types a webhook may subscribe to (or `*`). Only `time_entry.created/updated/deleted`, `project.created` and `invoice.created` are emitted by `/api/v1` calls.
         */
        get: operations["listWebhookEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{webhook_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        /**
         * Get a webhook
         * @description Beyond the API documentation (the real server, reference §23). Owner or admin; no secret.
         */
        get: operations["getWebhook"];
        /**
         * Update a webhook
         * @description Beyond the API documentation (the real server, reference §23). Owner or admin. `generate_secret: true` rotates the secret without returning it (as the real server).
         */
        put: operations["updateWebhook"];
        post?: never;
        /**
         * Delete a webhook
         * @description Beyond the API documentation (the real server, reference §23). Owner or admin; removes its delivery records too. Real server: 409 `integrity_error` once the webhook has any delivery record (SQLite).
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Update some fields of a webhook
         * @description Beyond the API documentation (the real server, reference §23). As PUT.
         */
        patch: operations["patchWebhook"];
        trace?: never;
    };
    "/api/v1/webhooks/{webhook_id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        /**
         * List a webhook's deliveries
         * @description Beyond the API documentation (the real server, reference §23). Newest first; one record per event, updated by each attempt. The mock keeps the newest 10,000 records over all webhooks.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List invoices
         * @description Beyond the API documentation (the real server, reference §2). Newest first; non-admins see the invoices they created. `per_page` is not capped.
         */
        get: operations["listInvoices"];
        put?: never;
        /**
         * Create an invoice
         * @description Beyond the API documentation (the real server, reference §2). An empty `draft` (totals 0) numbered `INV-YYYYMMDD-NNNN` unless `invoice_number` is given. Fires `invoice.created`.
         */
        post: operations["createInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{invoice_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                invoice_id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        /**
         * Get an invoice with items and payments
         * @description Beyond the API documentation (the real server, reference §2). Creator or admin.
         */
        get: operations["getInvoice"];
        /**
         * Update an invoice
         * @description Beyond the API documentation (the real server, reference §2). Status moves draft -> sent -> paid (also draft/sent/overdue -> cancelled, sent -> overdue); any other change is a 400 `invalid_status_transition`. `amount_paid` is ignored (payments set it). Real server: stores any status string.
         */
        put: operations["updateInvoice"];
        post?: never;
        /**
         * Cancel an invoice
         * @description Beyond the API documentation (the real server, reference §2). Sets `status: cancelled` (from any status but paid).
         */
        delete: operations["cancelInvoice"];
        options?: never;
        head?: never;
        /**
         * Update some fields of an invoice
         * @description Beyond the API documentation (the real server, reference §2). Status moves draft -> sent -> paid (also draft/sent/overdue -> cancelled, sent -> overdue); any other change is a 400 `invalid_status_transition`. `amount_paid` is ignored (payments set it). Real server: stores any status string.
         */
        patch: operations["patchInvoice"];
        trace?: never;
    };
    "/api/v1/invoices/from-time-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an invoice from time entries
         * @description Beyond the API documentation (the real server, reference §2). A draft for the project's client with one item per task (`Task: <name>`) or per project (`Project: <name>`) at the project's hourly rate; only the project's billable finished entries among the ids count. Fires `invoice.created`.
         */
        post: operations["createInvoiceFromTimeEntries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{invoice_id}/generate-from-time": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                invoice_id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add items from time entries
         * @description Beyond the API documentation (the real server, reference §2). Draft only; `replace_existing` (default true) removes the items first. Totals are recomputed.
         */
        post: operations["generateInvoiceItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{invoice_id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                invoice_id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Replace an invoice's items
         * @description Beyond the API documentation (the real server, reference §2). Draft only; rows without a description are skipped, `[]` clears. Totals are recomputed.
         */
        put: operations["replaceInvoiceItems"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{invoice_id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                invoice_id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        /**
         * Download an invoice as PDF
         * @description Beyond the API documentation (the real server, reference §2). Creator or admin. The PDF lists the invoice number, client, dates, items, totals and payments; `size` picks the page (A4, Letter, Legal, A3, A5, Tabloid; anything else is A4, as the real server). Sent as an attachment named `<invoice_number>.pdf`. Real server: a ReportLab layout of the invoice template.
         */
        get: operations["getInvoicePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{invoice_id}/request-approval": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                invoice_id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request approval of an invoice
         * @description Beyond the API documentation (the real server, reference §3). Any caller (no invoice ownership check). One stage per approver, in the order of `approver_ids` (or `approvers`); one pending approval per invoice. Unknown invoice: 404 (real server: 400 `Invoice not found.`).
         */
        post: operations["requestInvoiceApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoice-approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List pending invoice approvals
         * @description Beyond the API documentation (the real server, reference §3). Pending approvals only: admins see all, others those whose current stage they approve. Not paginated; oldest first.
         */
        get: operations["listInvoiceApprovals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoice-approvals/{approval_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                approval_id: components["parameters"]["ApprovalId"];
            };
            cookie?: never;
        };
        /**
         * Get an invoice approval
         * @description Beyond the API documentation (the real server, reference §3). Admins, the requester, or the current approver of a pending approval (else 403 `Access denied`).
         */
        get: operations["getInvoiceApproval"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoice-approvals/{approval_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                approval_id: components["parameters"]["ApprovalId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve the current stage
         * @description Beyond the API documentation (the real server, reference §3). Only the current stage's approver. The stage is marked approved with the comment; the last stage approves the whole request and moves a draft invoice to `sent`. Unknown approval: 404 (real server: 400 `Approval not found.`). Real server: the stage's own status, comments and times are never saved (they stay pending/null).
         */
        post: operations["approveInvoiceApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoice-approvals/{approval_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                approval_id: components["parameters"]["ApprovalId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject an invoice approval
         * @description Beyond the API documentation (the real server, reference §3). Any caller (as the real server). `reason` (or `rejection_reason`) is required; the request ends rejected, the current stage with it. Unknown approval: 404 (real server: 400 `Approval not found.`). Real server: the stage itself stays pending.
         */
        post: operations["rejectInvoiceApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit-notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List credit notes
         * @description Beyond the API documentation (the real server, reference §5). Newest first, no access check; `per_page` is not capped. First-party desktop app: reads the key `credit` and the field `credit_note_number`, neither of which exists, so its list stays empty.
         */
        get: operations["listCreditNotes"];
        put?: never;
        /**
         * Create a credit note
         * @description Beyond the API documentation (the real server, reference §5). Numbered `CN-<invoice_id>-<unix seconds>` on the engine clock (a second note in the same second gets `-2`, `-3`...; real server: 409). Lowers the invoice's `outstanding_amount`, not `amount_paid`. `amount` 0 counts as missing; unknown invoice: 400 `Invalid invoice_id`.
         */
        post: operations["createCreditNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit-notes/{credit_note_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                credit_note_id: components["parameters"]["CreditNoteId"];
            };
            cookie?: never;
        };
        /**
         * Get a credit note
         * @description Beyond the API documentation (the real server, reference §5).
         */
        get: operations["getCreditNote"];
        /**
         * Update a credit note
         * @description Beyond the API documentation (the real server, reference §5). `reason` and `amount`. The answer is the message only, without the note (as the real server).
         */
        put: operations["updateCreditNote"];
        post?: never;
        /**
         * Delete a credit note
         * @description Beyond the API documentation (the real server, reference §5). Deleted for good; the invoice's outstanding amount goes back up.
         */
        delete: operations["deleteCreditNote"];
        options?: never;
        head?: never;
        /**
         * Update some fields of a credit note
         * @description Beyond the API documentation (the real server, reference §5). `reason` and `amount`. The answer is the message only, without the note (as the real server).
         */
        patch: operations["patchCreditNote"];
        trace?: never;
    };
    "/api/v1/recurring-invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List recurring invoices
         * @description Beyond the API documentation (the real server, reference §6). Newest first, no access check; `is_active=true` keeps the active ones, any other value the inactive ones; `per_page` is not capped.
         */
        get: operations["listRecurringInvoices"];
        put?: never;
        /**
         * Create a recurring invoice
         * @description Beyond the API documentation (the real server, reference §6). `frequency` (daily, weekly, monthly, yearly; any case) every `interval` periods from `next_run_date`; the generated invoices copy the client, tax, currency, notes and terms. Unknown project: 400 `Invalid project` (real server: a database error).
         */
        post: operations["createRecurringInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recurring-invoices/{recurring_invoice_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                recurring_invoice_id: components["parameters"]["RecurringInvoiceId"];
            };
            cookie?: never;
        };
        /**
         * Get a recurring invoice
         * @description Beyond the API documentation (the real server, reference §6).
         */
        get: operations["getRecurringInvoice"];
        /**
         * Update a recurring invoice
         * @description Beyond the API documentation (the real server, reference §6). Text fields as sent; `frequency` only when it is one of the four (else kept); `next_run_date` only when it parses; `end_date` null clears it.
         */
        put: operations["updateRecurringInvoice"];
        post?: never;
        /**
         * Deactivate a recurring invoice
         * @description Beyond the API documentation (the real server, reference §6). Sets `is_active: false`; the row stays.
         */
        delete: operations["deactivateRecurringInvoice"];
        options?: never;
        head?: never;
        /**
         * Update some fields of a recurring invoice
         * @description Beyond the API documentation (the real server, reference §6). Text fields as sent; `frequency` only when it is one of the four (else kept); `next_run_date` only when it parses; `end_date` null clears it.
         */
        patch: operations["patchRecurringInvoice"];
        trace?: never;
    };
    "/api/v1/recurring-invoices/{recurring_invoice_id}/generate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                recurring_invoice_id: components["parameters"]["RecurringInvoiceId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate the due invoice
         * @description Beyond the API documentation (the real server, reference §6). When the template is active, the engine clock's UTC day is on or after `next_run_date` and not after `end_date`: a draft issued today, due `due_date_days` later, created by the template's creator, with the project's billable finished entries not yet on an invoice of the project as items (if `auto_include_time_entries`); `next_run_date` moves one interval on from today and `last_generated_at` is set. Otherwise 200 with a message and no invoice. No `invoice.created` webhook (as the real server).
         */
        post: operations["generateRecurringInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List payments
         * @description Beyond the API documentation (the real server, reference §4). All payments, newest first. `per_page` is not capped.
         */
        get: operations["listPayments"];
        put?: never;
        /**
         * Record a payment
         * @description Beyond the API documentation (the real server, reference §4). A `completed` payment raises the invoice's `amount_paid` and `payment_status`; one that covers the total moves a sent or overdue invoice to `paid`. Real server: counts the new payment twice in `amount_paid` and never changes the invoice status.
         */
        post: operations["createPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/{payment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                payment_id: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        /**
         * Get a payment
         * @description Beyond the API documentation (the real server, reference §4).
         */
        get: operations["getPayment"];
        /**
         * Update a payment
         * @description Beyond the API documentation (the real server, reference §4). The invoice's paid amount is recomputed.
         */
        put: operations["updatePayment"];
        post?: never;
        /**
         * Delete a payment
         * @description Beyond the API documentation (the real server, reference §4). The invoice's paid amount is recomputed.
         */
        delete: operations["deletePayment"];
        options?: never;
        head?: never;
        /**
         * Update some fields of a payment
         * @description Beyond the API documentation (the real server, reference §4). As PUT.
         */
        patch: operations["patchPayment"];
        trace?: never;
    };
    "/api/v1/expenses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List expenses
         * @description Beyond the API documentation (the real server, reference §7). Non-admins see their own (another `user_id` is a 403 `Access denied`); admins all, or one user's with `user_id`. Newest expense date first (then creation). `per_page` is not capped.
         */
        get: operations["listExpenses"];
        put?: never;
        /**
         * Record an expense
         * @description Beyond the API documentation (the real server, reference §7). `title`, `category`, `amount` (above zero) and `expense_date` are required; an unknown `project_id` is a 400 `Invalid project`. New expenses are `pending`; `total_amount` = `amount` + `tax_amount` (tax is not derived from `tax_rate`). The desktop app's new-expense form sends `amount: 0`, which the real server and this mock refuse (400).
         */
        post: operations["createExpense"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/expenses/{expense_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                expense_id: components["parameters"]["ExpenseId"];
            };
            cookie?: never;
        };
        /**
         * Get an expense
         * @description Beyond the API documentation (the real server, reference §7). Owner or admin, else 403.
         */
        get: operations["getExpense"];
        /**
         * Update an expense
         * @description Beyond the API documentation (the real server, reference §7). Owner or admin. Sets the fields the body names. A status change records its side: `approved` or `rejected` set `approved_by`/`approved_at` (the caller, now), `reimbursed` (or `reimbursed: true`) sets `reimbursed` and `reimbursed_at`. Real server: stores the status alone; a non-owner gets 400 `Access denied` and an unknown id 400 `Expense not found` (this spec: 403, 404).
         */
        put: operations["updateExpense"];
        post?: never;
        /**
         * Reject an expense
         * @description Beyond the API documentation (the real server, reference §7). Owner or admin. Not a deletion: the expense stays, with `status: rejected` (`Expense rejected successfully`). Real server: a non-owner gets 400.
         */
        delete: operations["deleteExpense"];
        options?: never;
        head?: never;
        /**
         * Update some fields of an expense
         * @description Beyond the API documentation (the real server, reference §7). As PUT.
         */
        patch: operations["patchExpense"];
        trace?: never;
    };
    "/api/v1/mileage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List mileage entries
         * @description Beyond the API documentation (the real server, reference §8). Non-admins see their own (another `user_id` is a 403 `Access denied`); admins all, or one user's with `user_id`. Newest trip first (then creation). `per_page` is not capped.
         */
        get: operations["listMileage"];
        put?: never;
        /**
         * Record a trip
         * @description Beyond the API documentation (the real server, reference §8). `trip_date`, `purpose`, `start_location`, `end_location`, `distance_km` and `rate_per_km` are required. `calculated_amount` = distance x rate; a round trip doubles `total_distance_km` and `total_amount`; `distance_miles` = km x 0.621371. `notes` and the vehicle fields are ignored on create, as on the real server (the mobile app sends `notes` and loses it).
         */
        post: operations["createMileage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mileage/{mileage_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                mileage_id: components["parameters"]["MileageId"];
            };
            cookie?: never;
        };
        /**
         * Get a mileage entry
         * @description Beyond the API documentation (the real server, reference §8). Owner or admin, else 403.
         */
        get: operations["getMileage"];
        /**
         * Update a mileage entry
         * @description Beyond the API documentation (the real server, reference §8). Owner or admin. Sets the fields the body names and recomputes the amounts (`calculated_amount` = distance x rate, doubled only in `total_amount` for a round trip). A status change records its side as for expenses. Real server: a distance or rate change stores `calculated_amount` already doubled for a round trip, so `total_amount` is doubled twice; the status is stored alone.
         */
        put: operations["updateMileage"];
        post?: never;
        /**
         * Reject a mileage entry
         * @description Beyond the API documentation (the real server, reference §8). Owner or admin. Not a deletion: the entry stays, with `status: rejected`.
         */
        delete: operations["deleteMileage"];
        options?: never;
        head?: never;
        /**
         * Update some fields of a mileage entry
         * @description Beyond the API documentation (the real server, reference §8). As PUT.
         */
        patch: operations["patchMileage"];
        trace?: never;
    };
    "/api/v1/mileage/gps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List GPS mileage tracks
         * @description Beyond the API documentation (the real server, reference §25; app/routes/api_v1.py:5194, services/gps_tracking_service.py `get_user_tracks`). The caller's own tracks, newest start first, at most 50, not paginated. `user_id` names another user's tracks for an admin and is ignored for anyone else (no 403). `start_date`/`end_date` bound the start time (`parse_datetime`: a date-only value is its midnight, so an `end_date` day is left out; the real server ignores a value it cannot parse, this spec refuses it with 400).
         */
        get: operations["listGpsTracks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mileage/gps/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a GPS mileage track
         * @description Beyond the API documentation (the real server, reference §25; app/routes/api_v1.py:5130, services/gps_tracking_service.py `start_tracking`). A new track of the caller's, started now, `method: gps`, with the optional start coordinates and place. The service's dict is the answer: `{success, track_id, track}`. Coordinates are stored with 8 decimals; a coordinate of 0 shows as null (the model's `to_dict` tests truthiness). The real server checks no range (a latitude beyond ±100 overflows its column); this spec keeps latitudes within ±90 and longitudes within ±180.
         */
        post: operations["startGpsTrack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mileage/gps/{track_id}/point": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                track_id: components["parameters"]["TrackId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a point to a GPS track
         * @description Beyond the API documentation (the real server, reference §25; app/routes/api_v1.py:5147, services/gps_tracking_service.py `add_track_point`). `latitude` and `longitude` are required (a missing or null one is a 400 `latitude and longitude are required`; the real server sends it as a bare `{error}`). Appends `{lat, lng, timestamp}` (timestamp: now) to `track_points` and answers `{success, track}`; a stopped track takes points too (its distance stays). An unknown track is a 404 `Resource not found` (`get_or_404`, a bare `{error}` there). The real server checks no owner (any token with the scope writes any track); the mock lets the owner or an admin (403 `Access denied`). Real server, read from its code: `track_points` is a plain JSON column changed in place, so only a track's first point is saved and a track's distance then comes from its start and end coordinates; the mock keeps every point.
         */
        post: operations["addGpsTrackPoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mileage/gps/{track_id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                track_id: components["parameters"]["TrackId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop a GPS track and measure it
         * @description Beyond the API documentation (the real server, reference §25; app/routes/api_v1.py:5164, services/gps_tracking_service.py `stop_tracking`, models/expense_gps.py). Sets the end coordinates and place from the body (absent ones become null), `ended_at` now and `duration_seconds`. The distance is the haversine sum over the track's points when it has two or more, else the haversine from the start to the end coordinates when both latitudes are set (non-zero), else none; the track stores it in km and miles (x 0.621371) with 2 decimals. Answers `{success, track, distance_km, distance_miles}` (`distance_km` unrounded, null when none or 0). A stopped track is a 400 `Tracking already stopped`. Unknown track: 404 `Resource not found`; another user's: 403 `Access denied` here (the real server checks no owner).
         */
        post: operations["stopGpsTrack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mileage/gps/{track_id}/expense": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                track_id: components["parameters"]["TrackId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim a stopped GPS track as an expense
         * @description Beyond the API documentation (the real server, reference §25; app/routes/api_v1.py:5181, services/gps_tracking_service.py `create_expense_from_track`). The track must be stopped (400 `Tracking must be stopped before creating expense`) and have a distance (400 `Distance not calculated`). Creates a pending `travel` expense of the track's user: amount = distance_km x `rate_per_km` (default 0.5; 0 counts as unset), 2 decimals; title and description `Mileage: <start place or Start> → <end place or End>`; dated the track's start day; notes `GPS tracked: <km>km (<miles> miles)`. Links the track (`expense_id`) and answers `{success, expense, track}` with 200. A track can be claimed again (a second expense, the link moves to it), as on the real server. An unknown `project_id` is a 404 `Resource not found` here (the real server does not check it). Unknown track: 404; another user's: 403 `Access denied` here (the real server checks no owner).
         */
        post: operations["createGpsTrackExpense"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/per-diems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List per-diem claims
         * @description Beyond the API documentation (the real server, reference §9). Non-admins see their own, admins all; newest start date first; no filters. `per_page` is not capped.
         */
        get: operations["listPerDiems"];
        put?: never;
        /**
         * Claim a per diem
         * @description Beyond the API documentation (the real server, reference §9). `trip_purpose`, `start_date`, `end_date` (not before the start: `Invalid date range`), `country`, `full_day_rate` and `half_day_rate` are required. `calculated_amount` = full rate x full days + half rate x half days - meal deductions x meals provided, never below 0 (so 0 without days). `project_id`, `client_id` and `notes` are ignored, as on the real server (the mobile app sends `notes` and `project_id` and no days: its claims are 0).
         */
        post: operations["createPerDiem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/per-diems/{per_diem_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                per_diem_id: components["parameters"]["PerDiemId"];
            };
            cookie?: never;
        };
        /**
         * Get a per-diem claim
         * @description Beyond the API documentation (the real server, reference §9). Owner or admin, else 403.
         */
        get: operations["getPerDiem"];
        /**
         * Update a per-diem claim
         * @description Beyond the API documentation (the real server, reference §9). Owner or admin. Sets the fields the body names and recalculates the amount; dates that would end before the start are a 400 `Invalid date range` (real server: stores them). A status change records its side as for expenses (real server: stores the status alone).
         */
        put: operations["updatePerDiem"];
        post?: never;
        /**
         * Reject a per-diem claim
         * @description Beyond the API documentation (the real server, reference §9). Owner or admin. Not a deletion: the claim stays, with `status: rejected`.
         */
        delete: operations["deletePerDiem"];
        options?: never;
        head?: never;
        /**
         * Update some fields of a per-diem claim
         * @description Beyond the API documentation (the real server, reference §9). As PUT.
         */
        patch: operations["patchPerDiem"];
        trace?: never;
    };
    "/api/v1/per-diem-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List per-diem rates
         * @description Beyond the API documentation (the real server, reference §9). Active rates only, by country then city (a country-wide rate, without city, first). `per_page` is not capped.
         */
        get: operations["listPerDiemRates"];
        put?: never;
        /**
         * Add a per-diem rate
         * @description Beyond the API documentation (the real server, reference §9). Needs the `admin:all` scope. `country`, `full_day_rate`, `half_day_rate` and `effective_from` are required; `effective_to` may not be before `effective_from` (real server: stores it).
         */
        post: operations["createPerDiemRate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/timesheet-periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List timesheet periods
         * @description Beyond the API documentation (the real server, reference §19). Newest first, not paginated. Non-admins see their own; admins all, or one user's with `user_id`.
         */
        get: operations["listTimesheetPeriods"];
        put?: never;
        /**
         * Get or create the period of a day
         * @description Beyond the API documentation (the real server, reference §19). The ISO week (Monday to Sunday) of `reference_date` (default today) for the caller (admins: `user_id`, default themselves); 201 also when it existed. Real server: an admin without `user_id` gets a 500.
         */
        post: operations["createTimesheetPeriod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/timesheet-periods/{period_id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                period_id: components["parameters"]["PeriodId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a period
         * @description Beyond the API documentation (the real server, reference §19). The owner only; from any status but closed. 400 while a timer runs in the period.
         */
        post: operations["submitTimesheetPeriod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/timesheet-periods/{period_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                period_id: components["parameters"]["PeriodId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a period
         * @description Beyond the API documentation (the real server, reference §19). Admins or policy approvers; from submitted or rejected. `comment` is kept in `close_reason`.
         */
        post: operations["approveTimesheetPeriod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/timesheet-periods/{period_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                period_id: components["parameters"]["PeriodId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a period
         * @description Beyond the API documentation (the real server, reference §19). Approvers; from submitted; `reason` required.
         */
        post: operations["rejectTimesheetPeriod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/timesheet-periods/{period_id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                period_id: components["parameters"]["PeriodId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close (lock) a period
         * @description Beyond the API documentation (the real server, reference §19). Admins; from any status (closing again changes nothing). A closed period locks its days: creating, or (non-admins) changing or deleting, a time entry in it is a 400.
         */
        post: operations["closeTimesheetPeriod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/timesheet-periods/{period_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                period_id: components["parameters"]["PeriodId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a period
         * @description Beyond the API documentation (the real server, reference §19). Owner or admin; draft or rejected periods only.
         */
        delete: operations["deleteTimesheetPeriod"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/timesheet-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the timesheet policy
         * @description Beyond the API documentation (the real server, reference §19). Admins and policy approvers.
         */
        get: operations["getTimesheetPolicy"];
        /**
         * Update the timesheet policy
         * @description Beyond the API documentation (the real server, reference §19). Admins.
         */
        put: operations["updateTimesheetPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update some fields of the timesheet policy
         * @description Beyond the API documentation (the real server, reference §19). As PUT.
         */
        patch: operations["patchTimesheetPolicy"];
        trace?: never;
    };
    "/api/v1/time-off/leave-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List leave types
         * @description Beyond the API documentation (the real server, reference §20). By name.
         */
        get: operations["listLeaveTypes"];
        put?: never;
        /**
         * Create a leave type
         * @description Beyond the API documentation (the real server, reference §20). Admins. `code` is lower-cased and unique (409).
         */
        post: operations["createLeaveType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/time-off/leave-types/{leave_type_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                leave_type_id: components["parameters"]["LeaveTypeId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a leave type
         * @description Beyond the API documentation (the real server, reference §20). Admins; 400 when it has requests.
         */
        delete: operations["deleteLeaveType"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/time-off/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List time-off requests
         * @description Beyond the API documentation (the real server, reference §20). Newest first, not paginated. Non-admins see their own; admins all, or one user's with `user_id`.
         */
        get: operations["listTimeOffRequests"];
        put?: never;
        /**
         * Request time off
         * @description Beyond the API documentation (the real server, reference §20). For the caller; `submit` (default true) makes it `submitted`, false a `draft`. Hours default to 8 per weekday.
         */
        post: operations["createTimeOffRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/time-off/requests/{request_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                request_id: components["parameters"]["TimeOffRequestId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a time-off request
         * @description Beyond the API documentation (the real server, reference §20). Admins or policy approvers; draft or submitted only. The hours move from the leave type's remaining to its used balance.
         */
        post: operations["approveTimeOffRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/time-off/requests/{request_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                request_id: components["parameters"]["TimeOffRequestId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a time-off request
         * @description Beyond the API documentation (the real server, reference §20). Admins or policy approvers; draft or submitted only.
         */
        post: operations["rejectTimeOffRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/time-off/requests/{request_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                request_id: components["parameters"]["TimeOffRequestId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a time-off request
         * @description Beyond the API documentation (the real server, reference §20). Owner or approver; draft, submitted or cancelled requests only.
         */
        delete: operations["deleteTimeOffRequest"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/time-off/requests/{request_id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                request_id: components["parameters"]["TimeOffRequestId"];
            };
            cookie?: never;
        };
        /**
         * Download a time-off request as PDF
         * @description Beyond the API documentation (the real server, reference §20). The owner, an admin or a policy approver (else 403 `Access denied`). A printable request form (employee, leave type, dates, hours, status, comments, review), as an attachment named `time_off_request_<id>.pdf`. Real server: a ReportLab form; an export failure is a 500.
         */
        get: operations["getTimeOffRequestPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/time-off/balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Leave balances
         * @description Beyond the API documentation (the real server, reference §20). Per enabled leave type: allowance, hours used by approved requests, remaining. Own; admins any `user_id`.
         */
        get: operations["getTimeOffBalances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/time-off/holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List holidays
         * @description Beyond the API documentation (the real server, reference §20). By start date; `start_date`/`end_date` keep the holidays overlapping the range.
         */
        get: operations["listHolidays"];
        put?: never;
        /**
         * Create a holiday
         * @description Beyond the API documentation (the real server, reference §20). Admins.
         */
        post: operations["createHoliday"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/time-off/holidays/{holiday_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                holiday_id: components["parameters"]["HolidayId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a holiday
         * @description Beyond the API documentation (the real server, reference §20). Admins.
         */
        delete: operations["deleteHoliday"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/time-entry-approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pending approvals the caller may approve
         * @description Beyond the API documentation (the real server, reference §18). The pending approvals whose entry the caller may approve (the approvers of an entry are the active admins: the real server's fallback when no approval policy exists), newest request first, not paginated; empty for everyone else. Real server: the fallback query matches nobody (it filters on a Python property), so without an approval policy (made only in the web UI) the list is always empty, also for admins.
         */
        get: operations["listTimeEntryApprovals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/time-entry-approvals/bulk-approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve several approvals
         * @description Beyond the API documentation (the real server, reference §18). Approves each id in turn as `approve` does; the answer is 200 with one result per id (`success` false with the reason for the ones that failed). No `approval_ids`: 400 `approval_ids required`.
         */
        post: operations["bulkApproveTimeEntries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/time-entry-approvals/{approval_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                approval_id: components["parameters"]["ApprovalId"];
            };
            cookie?: never;
        };
        /**
         * One approval
         * @description Beyond the API documentation (the real server, reference §18). The requester, the approver who decided it, the entry's approvers and admins; others 403 `Access denied`.
         */
        get: operations["getTimeEntryApproval"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/time-entry-approvals/{approval_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                approval_id: components["parameters"]["ApprovalId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a time entry
         * @description Beyond the API documentation (the real server, reference §18). An approver of the entry (else 400 `Not authorized to approve`); pending only (else 400 `Approval is not pending`). An approved entry is locked: non-admins can no longer change or delete it (400 `Time entry is approved and locked`), as a closed timesheet period locks its entries. Real server: admins get `Not authorized to approve` too when no approval policy exists; it keeps no approval state on the entry and so locks nothing (the mock's lock is this spec's). The real server answers an unknown id 400 `Approval not found`; this spec 404.
         */
        post: operations["approveTimeEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/time-entry-approvals/{approval_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                approval_id: components["parameters"]["ApprovalId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a time entry
         * @description Beyond the API documentation (the real server, reference §18). `reason` (or `rejection_reason`) required (400 `Rejection reason required`); an approver of the entry; pending only. `approved_by` names who rejected. The entry stays editable. Real server: any caller may reject (no approver check), and the rejection is saved but answered 500 `internal_error` (a missing notification module); the mock answers the 200 that was meant.
         */
        post: operations["rejectTimeEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/time-entry-approvals/{approval_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                approval_id: components["parameters"]["ApprovalId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an approval request
         * @description Beyond the API documentation (the real server, reference §18). The requester only (400 `Not authorized to cancel`); pending only (400 `Cannot cancel non-pending approval`).
         */
        post: operations["cancelTimeEntryApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/time-entries/{entry_id}/request-approval": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                entry_id: components["parameters"]["EntryId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request approval of a time entry
         * @description Beyond the API documentation (the real server, reference §18). 200 (not 201). One pending approval per approver (`approver_ids`, levels 1..n, else the entry's approvers: the active admins); the answer shows the first. 400 `Approval already pending` while one is. The caller's own entries (admins: any). Real server: any entry of anyone; without `approver_ids` and without an approval policy always 400 `No approvers found for this time entry`; with `approver_ids` the rows are saved but the answer is 500 `internal_error` (a missing notification module); an unknown entry is 400 `Time entry not found` (this spec: 404).
         */
        post: operations["requestTimeEntryApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        NullableDateTime: string | null;
        /** Format: date */
        NullableDate: string | null;
        NullableString: string | null;
        NullableInteger: number | null;
        NullableNumber: number | null;
        /** @description An event type of `GET /webhooks/events`, or `*` for all. */
        WebhookEventType: string;
        Webhook: {
            id: number;
            name: string;
            description: components["schemas"]["NullableString"];
            url: string;
            events: string[];
            /** @enum {string} */
            http_method: "POST" | "PUT" | "PATCH";
            content_type: string;
            headers: {
                [key: string]: string;
            };
            is_active: boolean;
            user_id: number;
            max_retries: number;
            retry_delay_seconds: number;
            timeout_seconds: number;
            /** @description Attempts made (each retry counts). */
            total_deliveries: number;
            successful_deliveries: number;
            failed_deliveries: number;
            last_delivery_at: components["schemas"]["NullableDateTime"];
            last_success_at: components["schemas"]["NullableDateTime"];
            last_failure_at: components["schemas"]["NullableDateTime"];
            created_at: components["schemas"]["NaiveDateTime"];
            updated_at: components["schemas"]["NaiveDateTime"];
        };
        WebhookWithSecret: components["schemas"]["Webhook"] & {
            /** @description The HMAC key (43 URL-safe characters); null with `generate_secret false`. Shown only in this answer. */
            secret: string | null;
        };
        WebhookCreate: {
            name: string;
            url: string;
            events: components["schemas"]["WebhookEventType"][];
            description?: string | null;
            /** @enum {string} */
            http_method?: "POST" | "PUT" | "PATCH";
            content_type?: string;
            headers?: {
                [key: string]: string;
            };
            is_active?: boolean;
            /** Format: int32 */
            max_retries?: number;
            /** Format: int32 */
            retry_delay_seconds?: number;
            /** Format: int32 */
            timeout_seconds?: number;
            /** @default true */
            generate_secret?: boolean;
        };
        WebhookUpdate: {
            name?: string;
            url?: string;
            events?: components["schemas"]["WebhookEventType"][];
            description?: string | null;
            /** @enum {string} */
            http_method?: "POST" | "PUT" | "PATCH";
            content_type?: string;
            headers?: {
                [key: string]: string;
            };
            is_active?: boolean;
            /** Format: int32 */
            max_retries?: number;
            /** Format: int32 */
            retry_delay_seconds?: number;
            /** Format: int32 */
            timeout_seconds?: number;
            generate_secret?: boolean;
        };
        TimeEntryTemplate: {
            id: number;
            user_id: number;
            name: string;
            description: string | null;
            project_id: number | null;
            project_name: string | null;
            task_id: number | null;
            task_name: string | null;
            /** @description Hours (`default_duration_minutes` / 60). */
            default_duration: number | null;
            default_duration_minutes: number | null;
            default_notes: string | null;
            /** @description Comma-separated. */
            tags: string | null;
            billable: boolean;
            usage_count: number;
            last_used_at: string | null;
            created_at: string;
            updated_at: string;
        };
        TimeEntryTemplateCreate: {
            name: string;
            description?: string | null;
            /** Format: int32 */
            project_id?: number | null;
            /** Format: int32 */
            task_id?: number | null;
            /** Format: int32 */
            default_duration_minutes?: number | null;
            default_notes?: string | null;
            tags?: string | null;
            billable?: boolean;
        };
        TimeEntryTemplateUpdate: {
            name?: string;
            description?: string | null;
            /** Format: int32 */
            project_id?: number | null;
            /** Format: int32 */
            task_id?: number | null;
            /** Format: int32 */
            default_duration_minutes?: number | null;
            default_notes?: string | null;
            tags?: string | null;
            billable?: boolean;
        };
        TimeEntryTemplateList: {
            templates: components["schemas"]["TimeEntryTemplate"][];
            pagination: components["schemas"]["Pagination"];
        };
        TimeEntryTemplateEnvelope: {
            template: components["schemas"]["TimeEntryTemplate"];
        };
        TimeEntryTemplateSaved: {
            message: string;
            template: components["schemas"]["TimeEntryTemplate"];
        };
        WebhookList: {
            webhooks: components["schemas"]["Webhook"][];
            pagination: components["schemas"]["Pagination"];
        };
        WebhookEnvelope: {
            webhook: components["schemas"]["Webhook"];
        };
        WebhookCreated: {
            message: string;
            webhook: components["schemas"]["WebhookWithSecret"];
        };
        WebhookUpdated: {
            message: string;
            webhook: components["schemas"]["Webhook"];
        };
        WebhookEvents: {
            events: string[];
        };
        WebhookDelivery: {
            id: number;
            webhook_id: number;
            event_type: string;
            event_id: string;
            /** @enum {string} */
            status: "pending" | "success" | "failed" | "retrying";
            attempt_number: number;
            response_status_code: components["schemas"]["NullableInteger"];
            error_message: components["schemas"]["NullableString"];
            /** @enum {string|null} */
            error_type: "http_error" | "timeout" | "connection_error" | "unknown_error" | "webhook_inactive" | null;
            started_at: components["schemas"]["NullableDateTime"];
            completed_at: components["schemas"]["NullableDateTime"];
            duration_ms: components["schemas"]["NullableInteger"];
            retry_count: number;
            next_retry_at: components["schemas"]["NullableDateTime"];
        };
        WebhookDeliveryList: {
            deliveries: components["schemas"]["WebhookDelivery"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @enum {string} */
        InvoiceStatus: "draft" | "sent" | "paid" | "overdue" | "cancelled";
        Invoice: {
            id: number;
            project_id: number;
            client_id: number;
            created_by: number;
            quote_id: components["schemas"]["NullableInteger"];
            invoice_number: string;
            client_name: string;
            status: components["schemas"]["InvoiceStatus"];
            client_email: components["schemas"]["NullableString"];
            client_address: components["schemas"]["NullableString"];
            buyer_reference: components["schemas"]["NullableString"];
            notes: components["schemas"]["NullableString"];
            terms: components["schemas"]["NullableString"];
            payment_method: components["schemas"]["NullableString"];
            payment_reference: components["schemas"]["NullableString"];
            payment_notes: components["schemas"]["NullableString"];
            issue_date: components["schemas"]["Date"];
            due_date: components["schemas"]["Date"];
            payment_date: components["schemas"]["NullableDate"];
            subtotal: number;
            tax_rate: number;
            tax_amount: number;
            total_amount: number;
            amount_paid: number;
            outstanding_amount: number;
            payment_percentage: number;
            /** @enum {string} */
            payment_status: "unpaid" | "partially_paid" | "fully_paid" | "overpaid";
            is_overdue: boolean;
            days_overdue: number;
            is_paid: boolean;
            is_partially_paid: boolean;
            created_at: components["schemas"]["NaiveDateTime"];
            updated_at: components["schemas"]["NaiveDateTime"];
        };
        InvoiceItem: {
            id: number;
            invoice_id: number;
            description: string;
            quantity: number;
            unit_price: number;
            total_amount: number;
            /** @description Comma-separated ids, e.g. `3,4,9`. */
            time_entry_ids: string | null;
            stock_item_id: components["schemas"]["NullableInteger"];
            warehouse_id: components["schemas"]["NullableInteger"];
            is_stock_item: boolean;
            created_at: components["schemas"]["NaiveDateTime"];
        };
        InvoiceDetail: components["schemas"]["Invoice"] & {
            items: components["schemas"]["InvoiceItem"][];
            payments: components["schemas"]["Payment"][];
            project_name: string | null;
        };
        InvoiceCreate: {
            /** Format: int32 */
            project_id: number;
            /** Format: int32 */
            client_id: number;
            client_name: string;
            due_date: components["schemas"]["Date"];
            issue_date?: components["schemas"]["Date"];
            invoice_number?: string;
            client_email?: string | null;
            client_address?: string | null;
            notes?: string | null;
            terms?: string | null;
            tax_rate?: number;
            currency_code?: string;
        };
        InvoiceUpdate: {
            client_name?: string;
            client_email?: string | null;
            client_address?: string | null;
            notes?: string | null;
            terms?: string | null;
            status?: components["schemas"]["InvoiceStatus"];
            currency_code?: string;
            due_date?: components["schemas"]["Date"];
            tax_rate?: number;
            /** @description Ignored (as the real server): payments set it. */
            amount_paid?: number;
        };
        TimeEntryIds: number[];
        InvoiceFromEntries: {
            /** Format: int32 */
            project_id: number;
            time_entry_ids: components["schemas"]["TimeEntryIds"];
            issue_date?: components["schemas"]["Date"];
            due_date?: components["schemas"]["Date"];
        };
        InvoiceGenerate: {
            time_entry_ids: components["schemas"]["TimeEntryIds"];
            /** @default true */
            replace_existing?: boolean;
        };
        InvoiceItemsReplace: {
            items: {
                description?: string;
                quantity?: number;
                unit_price?: number;
                time_entry_ids?: string | null;
            }[];
        };
        InvoiceList: {
            invoices: components["schemas"]["Invoice"][];
            pagination: components["schemas"]["Pagination"];
        };
        InvoiceWritten: {
            message: string;
            invoice: components["schemas"]["Invoice"];
        };
        InvoiceDetailEnvelope: {
            invoice: components["schemas"]["InvoiceDetail"];
        };
        InvoiceDetailWritten: {
            message: string;
            invoice: components["schemas"]["InvoiceDetail"];
        };
        InvoiceApprovalStage: {
            stage_number: number;
            approver_id: number;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
            comments: components["schemas"]["NullableString"];
            approved_at: components["schemas"]["NullableDateTime"];
            rejected_at: components["schemas"]["NullableDateTime"];
        };
        InvoiceApproval: {
            id: number;
            invoice_id: number;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "cancelled";
            stages: components["schemas"]["InvoiceApprovalStage"][];
            /** @description Index (0-based) of the stage that approves next. */
            current_stage: number;
            total_stages: number;
            requested_by: number;
            requested_at: components["schemas"]["NaiveDateTime"];
            approved_by: components["schemas"]["NullableInteger"];
            approved_at: components["schemas"]["NullableDateTime"];
            rejected_by: components["schemas"]["NullableInteger"];
            rejected_at: components["schemas"]["NullableDateTime"];
            rejection_reason: components["schemas"]["NullableString"];
            created_at: components["schemas"]["NaiveDateTime"];
            updated_at: components["schemas"]["NaiveDateTime"];
            invoice_number: string;
            client_name: string;
            total_amount: number;
        };
        /** @description `approver_ids` (or `approvers`): the approvers, one stage each, in order. */
        InvoiceApprovalRequest: {
            approver_ids?: number[];
            approvers?: number[];
        };
        InvoiceApprovalApprove: {
            comment?: string | null;
        };
        /** @description `reason` (or `rejection_reason`) is required. */
        InvoiceApprovalReject: {
            reason?: string;
            rejection_reason?: string;
        };
        InvoiceApprovalList: {
            invoice_approvals: components["schemas"]["InvoiceApproval"][];
        };
        InvoiceApprovalEnvelope: {
            invoice_approval: components["schemas"]["InvoiceApproval"];
        };
        InvoiceApprovalWritten: {
            message: string;
            invoice_approval: components["schemas"]["InvoiceApproval"];
        };
        CreditNote: {
            id: number;
            invoice_id: number;
            /** @description `CN-<invoice_id>-<unix seconds>`. */
            credit_number: string;
            amount: number;
            reason: components["schemas"]["NullableString"];
            created_by: number;
            created_at: components["schemas"]["NaiveDateTime"];
        };
        CreditNoteCreate: {
            /** Format: int32 */
            invoice_id: number;
            /** @description Zero counts as missing; negative amounts and amounts above the total are accepted (as the real server). */
            amount: number;
            reason?: string | null;
        };
        CreditNoteUpdate: {
            amount?: number;
            reason?: string | null;
        };
        CreditNoteList: {
            credit_notes: components["schemas"]["CreditNote"][];
            pagination: components["schemas"]["Pagination"];
        };
        CreditNoteEnvelope: {
            credit_note: components["schemas"]["CreditNote"];
        };
        CreditNoteWritten: {
            message: string;
            credit_note: components["schemas"]["CreditNote"];
        };
        /** @enum {string} */
        RecurringFrequency: "daily" | "weekly" | "monthly" | "yearly";
        RecurringInvoice: {
            id: number;
            name: string;
            project_id: number;
            client_id: number;
            frequency: components["schemas"]["RecurringFrequency"];
            interval: number;
            next_run_date: components["schemas"]["Date"];
            end_date: components["schemas"]["NullableDate"];
            client_name: string;
            client_email: components["schemas"]["NullableString"];
            due_date_days: number;
            tax_rate: number;
            currency_code: string;
            auto_send: boolean;
            auto_include_time_entries: boolean;
            is_active: boolean;
            created_by: number;
            created_at: components["schemas"]["NaiveDateTime"];
            updated_at: components["schemas"]["NaiveDateTime"];
            last_generated_at: components["schemas"]["NullableDateTime"];
        };
        RecurringInvoiceCreate: {
            name: string;
            /** Format: int32 */
            project_id: number;
            /** Format: int32 */
            client_id: number;
            client_name: string;
            /** @description daily, weekly, monthly or yearly, in any case; anything else is a 400 `Invalid frequency`. */
            frequency: string;
            next_run_date: components["schemas"]["Date"];
            /**
             * Format: int32
             * @default 1
             */
            interval?: number;
            /** Format: date */
            end_date?: string | null;
            client_email?: string | null;
            client_address?: string | null;
            /**
             * Format: int32
             * @default 30
             */
            due_date_days?: number;
            /** @default 0 */
            tax_rate?: number;
            /** @default EUR */
            currency_code?: string;
            notes?: string | null;
            terms?: string | null;
            /** Format: int32 */
            template_id?: number | null;
            /** @default false */
            auto_send?: boolean;
            /** @default true */
            auto_include_time_entries?: boolean;
            /** @default true */
            is_active?: boolean;
        };
        RecurringInvoiceUpdate: {
            name?: string;
            client_name?: string;
            client_email?: string | null;
            client_address?: string | null;
            notes?: string | null;
            terms?: string | null;
            currency_code?: string;
            /** @description Changed only when one of daily, weekly, monthly, yearly (else kept, as the real server). */
            frequency?: string;
            /** Format: int32 */
            interval?: number;
            /** @description Changed only when it is a `YYYY-MM-DD` date (else kept). */
            next_run_date?: string;
            /** Format: date */
            end_date?: string | null;
            /** Format: int32 */
            due_date_days?: number;
            tax_rate?: number;
            auto_send?: boolean;
            auto_include_time_entries?: boolean;
            is_active?: boolean;
        };
        RecurringInvoiceList: {
            recurring_invoices: components["schemas"]["RecurringInvoice"][];
            pagination: components["schemas"]["Pagination"];
        };
        RecurringInvoiceEnvelope: {
            recurring_invoice: components["schemas"]["RecurringInvoice"];
        };
        RecurringInvoiceWritten: {
            message: string;
            recurring_invoice: components["schemas"]["RecurringInvoice"];
        };
        ClientUnbilledInvoice: {
            invoice_id: number;
            invoice_number: string;
            total: number;
            item_count: number;
        };
        Payment: {
            id: number;
            invoice_id: number;
            received_by: components["schemas"]["NullableInteger"];
            amount: number;
            net_amount: number;
            gateway_fee: components["schemas"]["NullableNumber"];
            currency: string;
            payment_date: components["schemas"]["Date"];
            method: components["schemas"]["NullableString"];
            reference: components["schemas"]["NullableString"];
            notes: components["schemas"]["NullableString"];
            gateway_transaction_id: components["schemas"]["NullableString"];
            status: components["schemas"]["PaymentStatus"];
            created_at: components["schemas"]["NaiveDateTime"];
            updated_at: components["schemas"]["NaiveDateTime"];
        };
        /** @enum {string} */
        PaymentStatus: "pending" | "completed" | "failed" | "refunded";
        PaymentCreate: {
            /** Format: int32 */
            invoice_id: number;
            amount: number;
            payment_date?: components["schemas"]["Date"];
            currency?: string;
            method?: string | null;
            reference?: string | null;
            notes?: string | null;
            status?: components["schemas"]["PaymentStatus"];
        };
        PaymentUpdate: {
            amount?: number;
            payment_date?: components["schemas"]["Date"];
            currency?: string;
            method?: string | null;
            reference?: string | null;
            notes?: string | null;
            status?: components["schemas"]["PaymentStatus"];
        };
        PaymentList: {
            payments: components["schemas"]["Payment"][];
            pagination: components["schemas"]["Pagination"];
        };
        PaymentEnvelope: {
            payment: components["schemas"]["Payment"];
        };
        PaymentWritten: {
            message: string;
            payment: components["schemas"]["Payment"];
        };
        Expense: {
            id: number;
            user_id: number;
            project_id: components["schemas"]["NullableInteger"];
            client_id: components["schemas"]["NullableInteger"];
            title: string;
            description: components["schemas"]["NullableString"];
            /** @description Free text; the real server's forms use travel, meals, accommodation, supplies, software, equipment, services, other. */
            category: string;
            amount: number;
            currency_code: string;
            tax_amount: number;
            /** @description Percent; informational (tax_amount is not derived from it). */
            tax_rate: number;
            /** @description amount + tax_amount. */
            total_amount: number;
            payment_method: components["schemas"]["NullableString"];
            payment_date: components["schemas"]["NullableDate"];
            status: components["schemas"]["ClaimStatus"];
            approved_by: components["schemas"]["NullableInteger"];
            approved_at: components["schemas"]["NullableDateTime"];
            rejection_reason: components["schemas"]["NullableString"];
            billable: boolean;
            reimbursable: boolean;
            invoiced: boolean;
            invoice_id: components["schemas"]["NullableInteger"];
            reimbursed: boolean;
            reimbursed_at: components["schemas"]["NullableDateTime"];
            expense_date: components["schemas"]["Date"];
            receipt_path: components["schemas"]["NullableString"];
            receipt_number: components["schemas"]["NullableString"];
            vendor: components["schemas"]["NullableString"];
            notes: components["schemas"]["NullableString"];
            /** @description The stored comma-separated tags, split and trimmed. */
            tags: string[];
            created_at: components["schemas"]["NaiveDateTime"];
            updated_at: components["schemas"]["NaiveDateTime"];
            user: components["schemas"]["NullableString"];
            project: components["schemas"]["NullableString"];
            client: components["schemas"]["NullableString"];
            approver: components["schemas"]["NullableString"];
        };
        /**
         * @description The status of an expense, mileage entry or per-diem claim (the real server stores any string a PATCH sends).
         * @enum {string}
         */
        ClaimStatus: "pending" | "approved" | "rejected" | "reimbursed";
        ExpenseCreate: {
            title: string;
            category: string;
            amount: number;
            expense_date: components["schemas"]["Date"];
            description?: string | null;
            /** Format: int32 */
            project_id?: number | null;
            /** Format: int32 */
            client_id?: number | null;
            billable?: boolean;
            reimbursable?: boolean;
            currency_code?: string;
            tax_amount?: number;
            tax_rate?: number;
            payment_method?: string | null;
            payment_date?: components["schemas"]["NullableDate"];
            /** @description Comma-separated. */
            tags?: string | null;
        };
        ExpenseUpdate: {
            title?: string;
            description?: string | null;
            category?: string;
            currency_code?: string;
            payment_method?: string | null;
            status?: components["schemas"]["ClaimStatus"];
            tags?: string | null;
            notes?: string | null;
            amount?: number;
            expense_date?: components["schemas"]["Date"];
            payment_date?: components["schemas"]["NullableDate"];
            billable?: boolean;
            reimbursable?: boolean;
            reimbursed?: boolean;
            invoiced?: boolean;
        };
        ExpenseList: {
            expenses: components["schemas"]["Expense"][];
            pagination: components["schemas"]["Pagination"];
        };
        ExpenseEnvelope: {
            expense: components["schemas"]["Expense"];
        };
        ExpenseWritten: {
            message: string;
            expense: components["schemas"]["Expense"];
        };
        Mileage: {
            id: number;
            user_id: number;
            project_id: components["schemas"]["NullableInteger"];
            client_id: components["schemas"]["NullableInteger"];
            expense_id: components["schemas"]["NullableInteger"];
            trip_date: components["schemas"]["Date"];
            purpose: string;
            description: components["schemas"]["NullableString"];
            start_location: string;
            end_location: string;
            start_odometer: components["schemas"]["NullableNumber"];
            end_odometer: components["schemas"]["NullableNumber"];
            /** @description One way. */
            distance_km: number;
            distance_miles: components["schemas"]["NullableNumber"];
            rate_per_km: number;
            rate_per_mile: components["schemas"]["NullableNumber"];
            currency_code: string;
            vehicle_type: components["schemas"]["NullableString"];
            vehicle_description: components["schemas"]["NullableString"];
            license_plate: components["schemas"]["NullableString"];
            /** @description distance_km x rate_per_km (one way). */
            calculated_amount: number;
            is_round_trip: boolean;
            /** @description distance_km, doubled for a round trip. */
            total_distance_km: number;
            /** @description calculated_amount, doubled for a round trip. */
            total_amount: number;
            status: components["schemas"]["ClaimStatus"];
            approved_by: components["schemas"]["NullableInteger"];
            approved_at: components["schemas"]["NullableDateTime"];
            rejection_reason: components["schemas"]["NullableString"];
            reimbursed: boolean;
            reimbursed_at: components["schemas"]["NullableDateTime"];
            notes: components["schemas"]["NullableString"];
            created_at: components["schemas"]["NaiveDateTime"];
            updated_at: components["schemas"]["NaiveDateTime"];
            user: components["schemas"]["NullableString"];
            project: components["schemas"]["NullableString"];
            client: components["schemas"]["NullableString"];
            approver: components["schemas"]["NullableString"];
        };
        MileageCreate: {
            trip_date: components["schemas"]["Date"];
            purpose: string;
            start_location: string;
            end_location: string;
            distance_km: number;
            rate_per_km: number;
            /** Format: int32 */
            project_id?: number | null;
            /** Format: int32 */
            client_id?: number | null;
            is_round_trip?: boolean;
            description?: string | null;
            /** @description Ignored on create (as on the real server); set it with PATCH. */
            notes?: string | null;
        };
        MileageUpdate: {
            purpose?: string;
            start_location?: string;
            end_location?: string;
            description?: string | null;
            vehicle_type?: string | null;
            vehicle_description?: string | null;
            license_plate?: string | null;
            currency_code?: string;
            status?: components["schemas"]["ClaimStatus"];
            notes?: string | null;
            trip_date?: components["schemas"]["Date"];
            distance_km?: number;
            rate_per_km?: number;
            start_odometer?: number | null;
            end_odometer?: number | null;
            is_round_trip?: boolean;
        };
        MileageList: {
            mileage: components["schemas"]["Mileage"][];
            pagination: components["schemas"]["Pagination"];
        };
        MileageEnvelope: {
            mileage: components["schemas"]["Mileage"];
        };
        MileageWritten: {
            message: string;
            mileage: components["schemas"]["Mileage"];
        };
        MileageTrackPointEntry: {
            lat: number;
            lng: number;
            timestamp: components["schemas"]["NaiveDateTime"];
        };
        /** @description null until the first point, then the points (`MileageTrackPointEntry`) in the order they came. (The items sit in `allOf`: Dredd reads no `nullable` array with `items` beside it.) */
        MileageTrackPoints: (unknown[] & unknown) | null;
        /** @description `MileageTrack.to_dict` (models/expense_gps.py:63). Coordinates and distances of 0 show as null. */
        MileageTrack: {
            id: number;
            expense_id: components["schemas"]["NullableInteger"];
            user_id: number;
            start_location: components["schemas"]["NullableString"];
            end_location: components["schemas"]["NullableString"];
            start_latitude: components["schemas"]["NullableNumber"];
            start_longitude: components["schemas"]["NullableNumber"];
            end_latitude: components["schemas"]["NullableNumber"];
            end_longitude: components["schemas"]["NullableNumber"];
            distance_km: components["schemas"]["NullableNumber"];
            distance_miles: components["schemas"]["NullableNumber"];
            track_points: components["schemas"]["MileageTrackPoints"];
            started_at: components["schemas"]["NaiveDateTime"];
            ended_at: components["schemas"]["NullableDateTime"];
            duration_seconds: components["schemas"]["NullableInteger"];
            method: string;
            notes: components["schemas"]["NullableString"];
        };
        MileageTrackStart: {
            latitude?: number | null;
            longitude?: number | null;
            location?: string | null;
        };
        /** @description Both coordinates are required; a missing or null one is a 400 `latitude and longitude are required` (checked by the route, so not listed as `required` here). */
        MileageTrackPoint: {
            latitude?: number | null;
            longitude?: number | null;
        };
        MileageTrackExpenseCreate: {
            /** Format: int32 */
            project_id?: number | null;
            rate_per_km?: number | null;
        };
        MileageTrackList: {
            tracks: components["schemas"]["MileageTrack"][];
        };
        MileageTrackStarted: {
            success: boolean;
            track_id: number;
            track: components["schemas"]["MileageTrack"];
        };
        MileageTrackAnswer: {
            success: boolean;
            track: components["schemas"]["MileageTrack"];
        };
        MileageTrackStopped: {
            success: boolean;
            track: components["schemas"]["MileageTrack"];
            distance_km: components["schemas"]["NullableNumber"];
            distance_miles: components["schemas"]["NullableNumber"];
        };
        MileageTrackExpense: {
            success: boolean;
            expense: components["schemas"]["Expense"];
            track: components["schemas"]["MileageTrack"];
        };
        /** @description `AIProviderConfig.public_dict` (services/llm_service.py:54): the settings, never the key. */
        AiProvider: {
            enabled: boolean;
            /** @enum {string} */
            provider: "ollama" | "openai_compatible";
            base_url: string;
            model: string;
            api_key_set: boolean;
            timeout_seconds: number;
            context_limit: number;
        };
        AiEntry: {
            id: number;
            project_id: components["schemas"]["NullableInteger"];
            project_name: components["schemas"]["NullableString"];
            task_id: components["schemas"]["NullableInteger"];
            task_name: components["schemas"]["NullableString"];
            start_time: components["schemas"]["NaiveDateTime"];
            end_time: components["schemas"]["NullableDateTime"];
            duration_hours: number;
            notes: string;
            tags: string[];
            billable: boolean;
            active: boolean;
        };
        AiTask: {
            id: number;
            name: string;
            project_id: components["schemas"]["NullableInteger"];
            project_name: components["schemas"]["NullableString"];
            status: string;
            priority: string;
            due_date: components["schemas"]["NullableDate"];
            estimated_hours: components["schemas"]["NullableNumber"];
        };
        AiProject: {
            id: number;
            name: string;
            client: components["schemas"]["NullableString"];
            status: string;
            estimated_hours: components["schemas"]["NullableNumber"];
            actual_hours: number;
            budget_amount: components["schemas"]["NullableNumber"];
        };
        AiContextPreview: {
            summary: {
                recent_entry_count: number;
                /** @description Finished recent entries only. */
                recent_total_hours: number;
                open_task_count: number;
            };
            active_timer: components["schemas"]["AiEntry"] | null;
            recent_entries: components["schemas"]["AiEntry"][];
            assigned_tasks: components["schemas"]["AiTask"][];
            projects: components["schemas"]["AiProject"][];
        };
        AiContextPreviewAnswer: {
            success: boolean;
            context: components["schemas"]["AiContextPreview"];
            provider: components["schemas"]["AiProvider"];
        };
        AiChatRequest: {
            prompt?: string | null;
            /** @description Earlier turns; the last 8 with role `user` or `assistant` and a non-blank `content` are sent (each cut to 4000 characters). */
            history?: {
                role?: string;
                content?: string;
            }[] | null;
        };
        AiAction: {
            /** @description create_time_entry, start_timer or summary (a model may name others; confirm refuses them). */
            type: string;
            label?: string;
            payload?: {
                [key: string]: unknown;
            };
        };
        AiChatAnswer: {
            success: boolean;
            reply: string;
            actions: components["schemas"]["AiAction"][];
            context_preview: components["schemas"]["AiContextPreview"];
            provider: components["schemas"]["AiProvider"];
        };
        AiConfirmRequest: {
            action?: {
                type?: string | null;
                payload?: {
                    [key: string]: unknown;
                } | null;
            } | null;
        };
        AiConfirmAnswer: {
            success: boolean;
            ok: boolean;
            /** @enum {string} */
            type: "start_timer" | "create_time_entry" | "summary";
            timer?: components["schemas"]["AiEntry"];
            entry?: components["schemas"]["AiEntry"];
            summary?: string;
        };
        AiError: {
            success: boolean;
            error: string;
            message: string;
            error_code: string;
        };
        PerDiem: {
            id: number;
            user_id: number;
            project_id: components["schemas"]["NullableInteger"];
            client_id: components["schemas"]["NullableInteger"];
            expense_id: components["schemas"]["NullableInteger"];
            per_diem_rate_id: components["schemas"]["NullableInteger"];
            trip_purpose: string;
            description: components["schemas"]["NullableString"];
            start_date: components["schemas"]["Date"];
            end_date: components["schemas"]["Date"];
            departure_time: string | null;
            return_time: string | null;
            country: string;
            city: components["schemas"]["NullableString"];
            full_days: number;
            half_days: number;
            /** @description full_days + half_days / 2. */
            total_days: number;
            /** @description Days from start_date to end_date, both included. */
            trip_duration: number;
            breakfast_provided: number;
            lunch_provided: number;
            dinner_provided: number;
            full_day_rate: number;
            half_day_rate: number;
            breakfast_deduction: components["schemas"]["NullableNumber"];
            lunch_deduction: components["schemas"]["NullableNumber"];
            dinner_deduction: components["schemas"]["NullableNumber"];
            /** @description full_day_rate x full_days + half_day_rate x half_days - each meal deduction x meals provided, at least 0. */
            calculated_amount: number;
            currency_code: string;
            status: components["schemas"]["ClaimStatus"];
            approved_by: components["schemas"]["NullableInteger"];
            approved_at: components["schemas"]["NullableDateTime"];
            rejection_reason: components["schemas"]["NullableString"];
            reimbursed: boolean;
            reimbursed_at: components["schemas"]["NullableDateTime"];
            notes: components["schemas"]["NullableString"];
            created_at: components["schemas"]["NaiveDateTime"];
            updated_at: components["schemas"]["NaiveDateTime"];
            user: components["schemas"]["NullableString"];
            project: components["schemas"]["NullableString"];
            client: components["schemas"]["NullableString"];
            approver: components["schemas"]["NullableString"];
        };
        PerDiemCreate: {
            trip_purpose: string;
            start_date: components["schemas"]["Date"];
            end_date: components["schemas"]["Date"];
            country: string;
            full_day_rate: number;
            half_day_rate: number;
            city?: string | null;
            description?: string | null;
            currency_code?: string;
            /** Format: int32 */
            full_days?: number;
            /** Format: int32 */
            half_days?: number;
            /** Format: int32 */
            breakfast_provided?: number;
            /** Format: int32 */
            lunch_provided?: number;
            /** Format: int32 */
            dinner_provided?: number;
            /**
             * Format: int32
             * @description Ignored (as on the real server).
             */
            project_id?: number | null;
            /**
             * Format: int32
             * @description Ignored (as on the real server).
             */
            client_id?: number | null;
            /** @description Ignored on create (as on the real server); set it with PATCH. */
            notes?: string | null;
        };
        PerDiemUpdate: {
            trip_purpose?: string;
            description?: string | null;
            country?: string;
            city?: string | null;
            currency_code?: string;
            status?: components["schemas"]["ClaimStatus"];
            notes?: string | null;
            start_date?: components["schemas"]["Date"];
            end_date?: components["schemas"]["Date"];
            /** Format: int32 */
            full_days?: number;
            /** Format: int32 */
            half_days?: number;
            /** Format: int32 */
            breakfast_provided?: number;
            /** Format: int32 */
            lunch_provided?: number;
            /** Format: int32 */
            dinner_provided?: number;
            full_day_rate?: number;
            half_day_rate?: number;
            breakfast_deduction?: number;
            lunch_deduction?: number;
            dinner_deduction?: number;
        };
        PerDiemList: {
            per_diems: components["schemas"]["PerDiem"][];
            pagination: components["schemas"]["Pagination"];
        };
        PerDiemEnvelope: {
            per_diem: components["schemas"]["PerDiem"];
        };
        PerDiemWritten: {
            message: string;
            per_diem: components["schemas"]["PerDiem"];
        };
        PerDiemRate: {
            id: number;
            country: string;
            city: components["schemas"]["NullableString"];
            full_day_rate: number;
            half_day_rate: number;
            breakfast_rate: components["schemas"]["NullableNumber"];
            lunch_rate: components["schemas"]["NullableNumber"];
            dinner_rate: components["schemas"]["NullableNumber"];
            incidental_rate: components["schemas"]["NullableNumber"];
            currency_code: string;
            effective_from: components["schemas"]["Date"];
            effective_to: components["schemas"]["NullableDate"];
            is_active: boolean;
            notes: components["schemas"]["NullableString"];
            created_at: components["schemas"]["NaiveDateTime"];
            updated_at: components["schemas"]["NaiveDateTime"];
        };
        PerDiemRateCreate: {
            country: string;
            city?: string | null;
            full_day_rate: number;
            half_day_rate: number;
            breakfast_rate?: number | null;
            lunch_rate?: number | null;
            dinner_rate?: number | null;
            incidental_rate?: number | null;
            currency_code?: string;
            effective_from: components["schemas"]["Date"];
            effective_to?: components["schemas"]["NullableDate"];
            is_active?: boolean;
            notes?: string | null;
        };
        PerDiemRateList: {
            rates: components["schemas"]["PerDiemRate"][];
            pagination: components["schemas"]["Pagination"];
        };
        PerDiemRateWritten: {
            message: string;
            rate: components["schemas"]["PerDiemRate"];
        };
        TimesheetPeriod: {
            id: number;
            user_id: number;
            period_type: string;
            period_start: components["schemas"]["Date"];
            period_end: components["schemas"]["Date"];
            /** @enum {string} */
            status: "draft" | "submitted" | "approved" | "rejected" | "closed";
            is_locked: boolean;
            submitted_at: components["schemas"]["NullableDateTime"];
            submitted_by: components["schemas"]["NullableInteger"];
            approved_at: components["schemas"]["NullableDateTime"];
            approved_by: components["schemas"]["NullableInteger"];
            rejected_at: components["schemas"]["NullableDateTime"];
            rejected_by: components["schemas"]["NullableInteger"];
            rejection_reason: components["schemas"]["NullableString"];
            closed_at: components["schemas"]["NullableDateTime"];
            closed_by: components["schemas"]["NullableInteger"];
            close_reason: components["schemas"]["NullableString"];
            created_at: components["schemas"]["NaiveDateTime"];
            updated_at: components["schemas"]["NaiveDateTime"];
        };
        TimesheetPeriodCreate: {
            reference_date?: components["schemas"]["Date"];
            period_type?: string;
            /** Format: int32 */
            user_id?: number;
        };
        TimesheetComment: {
            comment?: string;
        };
        TimesheetReason: {
            reason?: string;
        };
        TimesheetPeriodList: {
            timesheet_periods: components["schemas"]["TimesheetPeriod"][];
        };
        TimesheetPeriodEnvelope: {
            timesheet_period: components["schemas"]["TimesheetPeriod"];
        };
        TimesheetPeriodAction: {
            message: string;
            timesheet_period: components["schemas"]["TimesheetPeriod"];
        };
        TimesheetPolicy: {
            id: number;
            default_period_type: string;
            auto_lock_days: components["schemas"]["NullableInteger"];
            approver_user_ids: number[];
            enable_multi_level_approval: boolean;
            require_rejection_comment: boolean;
            enable_admin_override: boolean;
            created_at: components["schemas"]["NaiveDateTime"];
            updated_at: components["schemas"]["NaiveDateTime"];
        };
        TimesheetPolicyUpdate: {
            default_period_type?: string;
            /** Format: int32 */
            auto_lock_days?: number | null;
            approver_user_ids?: number[];
            enable_multi_level_approval?: boolean;
            require_rejection_comment?: boolean;
            enable_admin_override?: boolean;
        };
        TimesheetPolicyEnvelope: {
            timesheet_policy: components["schemas"]["TimesheetPolicy"];
        };
        TimesheetPolicyWritten: {
            message: string;
            timesheet_policy: components["schemas"]["TimesheetPolicy"];
        };
        LeaveType: {
            id: number;
            name: string;
            code: string;
            is_paid: boolean;
            annual_allowance_hours: components["schemas"]["NullableNumber"];
            accrual_hours_per_month: components["schemas"]["NullableNumber"];
            enabled: boolean;
        };
        LeaveTypeCreate: {
            name: string;
            code: string;
            is_paid?: boolean;
            annual_allowance_hours?: number | null;
            accrual_hours_per_month?: number | null;
            enabled?: boolean;
        };
        LeaveTypeList: {
            leave_types: components["schemas"]["LeaveType"][];
        };
        LeaveTypeWritten: {
            message: string;
            leave_type: components["schemas"]["LeaveType"];
        };
        TimeOffRequest: {
            id: number;
            user_id: number;
            leave_type_id: number;
            /** @description The leave type's name (there is no `leave_type_name`, which the first-party clients read). */
            leave_type: string | null;
            start_date: components["schemas"]["Date"];
            end_date: components["schemas"]["Date"];
            start_half_day: boolean;
            end_half_day: boolean;
            requested_hours: components["schemas"]["NullableNumber"];
            /** @enum {string} */
            status: "draft" | "submitted" | "approved" | "rejected" | "cancelled";
            requested_comment: components["schemas"]["NullableString"];
            review_comment: components["schemas"]["NullableString"];
            submitted_at: components["schemas"]["NullableDateTime"];
            reviewed_at: components["schemas"]["NullableDateTime"];
            reviewed_by: components["schemas"]["NullableInteger"];
            created_at: components["schemas"]["NaiveDateTime"];
            updated_at: components["schemas"]["NaiveDateTime"];
        };
        TimeOffRequestCreate: {
            /** Format: int32 */
            leave_type_id: number;
            start_date: components["schemas"]["Date"];
            end_date: components["schemas"]["Date"];
            requested_hours?: number | null;
            comment?: string | null;
            /** @default true */
            submit?: boolean;
        };
        TimeOffReview: {
            comment?: string | null;
        };
        TimeOffRequestList: {
            time_off_requests: components["schemas"]["TimeOffRequest"][];
        };
        TimeOffRequestWritten: {
            message: string;
            time_off_request: components["schemas"]["TimeOffRequest"];
        };
        TimeOffBalance: {
            leave_type_id: number;
            leave_type_code: string;
            leave_type_name: string;
            allowance_hours: components["schemas"]["NullableNumber"];
            used_hours: number;
            remaining_hours: components["schemas"]["NullableNumber"];
        };
        TimeOffBalances: {
            balances: components["schemas"]["TimeOffBalance"][];
        };
        Holiday: {
            id: number;
            name: string;
            start_date: components["schemas"]["Date"];
            end_date: components["schemas"]["Date"];
            region: components["schemas"]["NullableString"];
            enabled: boolean;
        };
        HolidayCreate: {
            name: string;
            start_date: components["schemas"]["Date"];
            end_date: components["schemas"]["Date"];
            region?: string | null;
            enabled?: boolean;
        };
        HolidayList: {
            holidays: components["schemas"]["Holiday"][];
        };
        HolidayWritten: {
            message: string;
            holiday: components["schemas"]["Holiday"];
        };
        /** @description A time-entry approval (`TimeEntryApproval.to_dict`). `approved_by` also names who rejected; `parent_approval_id` is always null (the real server links levels before their ids exist). */
        TimeEntryApproval: {
            id: number;
            time_entry_id: number;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "cancelled";
            requested_by: number;
            approved_by: components["schemas"]["NullableInteger"];
            requested_at: components["schemas"]["NaiveDateTime"];
            approved_at: components["schemas"]["NullableDateTime"];
            rejected_at: components["schemas"]["NullableDateTime"];
            request_comment: components["schemas"]["NullableString"];
            approval_comment: components["schemas"]["NullableString"];
            rejection_reason: components["schemas"]["NullableString"];
            parent_approval_id: components["schemas"]["NullableInteger"];
            approval_level: number;
        };
        TimeEntryApprovalList: {
            approvals: components["schemas"]["TimeEntryApproval"][];
        };
        TimeEntryApprovalEnvelope: {
            approval: components["schemas"]["TimeEntryApproval"];
        };
        TimeEntryApprovalAction: {
            /** @enum {boolean} */
            success: true;
            message: string;
            approval: components["schemas"]["TimeEntryApproval"];
        };
        TimeEntryApprovalRequest: {
            comment?: string | null;
            approver_ids?: number[] | null;
        };
        TimeEntryApprovalComment: {
            comment?: string | null;
        };
        TimeEntryApprovalReject: {
            reason?: string | null;
            rejection_reason?: string | null;
        };
        TimeEntryApprovalBulk: {
            approval_ids?: number[];
            comment?: string | null;
        };
        TimeEntryApprovalBulkResult: {
            /** @enum {boolean} */
            success: true;
            /** @example Approved 1 of 2 entries */
            message: string;
            results: {
                approval_id: number;
                success: boolean;
                message: string;
            }[];
        };
        CapacityRow: {
            user_id: number;
            username: string;
            expected_hours: number;
            allocated_hours: number;
            time_off_hours: number;
            available_hours: number;
            utilization_pct: number;
        };
        CapacityReport: {
            capacity: components["schemas"]["CapacityRow"][];
            start_date: components["schemas"]["Date"];
            end_date: components["schemas"]["Date"];
        };
        LockedPeriodsReport: {
            locked_periods: components["schemas"]["TimesheetPeriod"][];
        };
        AuditEvent: {
            id: number;
            created_at: components["schemas"]["NullableDateTime"];
            user_id: components["schemas"]["NullableInteger"];
            /** @example created */
            action: string;
            /** @example TimeEntryApproval */
            entity_type: string;
            entity_id: number;
            entity_name: components["schemas"]["NullableString"];
            change_description: components["schemas"]["NullableString"];
            reason: components["schemas"]["NullableString"];
        };
        AuditEventsReport: {
            audit_events: components["schemas"]["AuditEvent"][];
        };
        /** @description One attendance day as `belgium_inspector_rows` writes it (lists of times joined with `; `, flags as `yes`/`no`). */
        BelgiumAttendanceRow: {
            user_id: number;
            username: string;
            display_name: string;
            work_date: components["schemas"]["Date"];
            /** @enum {string} */
            status: "present" | "absent" | "partial" | "holiday";
            absence_type: string;
            time_off_request_id: components["schemas"]["NullableInteger"];
            work_period_starts: string;
            work_period_ends: string;
            break_starts: string;
            break_ends: string;
            net_work_hours: number;
            break_hours: number;
            daily_rest_hours: components["schemas"]["NullableNumber"];
            standard_daily_hours: number;
            overtime_hours: number;
            correction_count: number;
            last_correction_reason: string;
            /** @enum {string} */
            locked: "yes" | "no";
            locked_at: string;
            /** @enum {string} */
            has_other_employers: "yes" | "no";
            other_employers_note: string;
            royal_decree_config_version: string;
        };
        BelgiumAttendanceReport: {
            /** @enum {boolean} */
            success: true;
            data: {
                rows: components["schemas"]["BelgiumAttendanceRow"][];
                count: number;
            };
        };
        AttendanceHistory: {
            /** @enum {boolean} */
            success: true;
            data: {
                records: components["schemas"]["AttendanceDay"][];
                start_date: components["schemas"]["Date"];
                end_date: components["schemas"]["Date"];
            };
        };
        /** @description A correction request (`AttendanceCorrection.to_dict`: no `updated_at`). */
        AttendanceCorrection: {
            id: number;
            attendance_day_id: number;
            /** @enum {string} */
            entity_type: "AttendanceWorkPeriod" | "AttendanceBreak" | "DailyAttendanceRecord" | "AddWorkPeriod";
            entity_id: number;
            original_values: {
                [key: string]: unknown;
            };
            corrected_values: {
                [key: string]: unknown;
            };
            reason: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "applied";
            requested_by: number;
            reviewed_by: components["schemas"]["NullableInteger"];
            reviewed_at: components["schemas"]["NullableDateTime"];
            review_comment: components["schemas"]["NullableString"];
            applied_at: components["schemas"]["NullableDateTime"];
            created_at: components["schemas"]["NaiveDateTime"];
        };
        AttendanceCorrectionCreate: {
            /** Format: int32 */
            attendance_day_id?: number | null;
            entity_type?: string | null;
            /** Format: int32 */
            entity_id?: number | null;
            corrected_values?: ({
                start_time?: string | null;
                end_time?: string | null;
                notes?: string | null;
            } & {
                [key: string]: unknown;
            }) | null;
            reason?: string | null;
        };
        AttendanceCorrectionCreated: {
            /** @enum {boolean} */
            success: true;
            data: {
                correction: components["schemas"]["AttendanceCorrection"];
            };
        };
        /**
         * @description ISO 8601 datetime without offset (a trailing `Z` is tolerated).
         * @example 2026-01-15T09:00:00
         */
        NaiveDateTime: string;
        /**
         * Format: date
         * @example 2026-01-15
         */
        Date: string;
        Pagination: {
            /** @example 1 */
            page: number;
            /** @example 50 */
            per_page: number;
            /** @example 150 */
            total: number;
            /**
             * @description ceil(total / per_page); 0 when total is 0 (the tasks list says 1).
             * @example 3
             */
            pages: number;
            /** @example true */
            has_next: boolean;
            /** @example false */
            has_prev: boolean;
            /** @example 2 */
            next_page: number | null;
            /** @example null */
            prev_page: number | null;
        };
        /**
         * @description The error body. `error` is the user-facing message; the documentation
         *     promises `error` and `message` on every error and calls `error_code`
         *     optional (a machine-readable string such as `unauthorized` or
         *     `validation_error`; the mock always sends it). Real server: some routes
         *     (quotes, favourites, login, CSV import) send only `error`, and generic
         *     HTTP errors (405, 415) carry the integer status in `error_code`.
         */
        Error: {
            /** @example Validation failed */
            error: string;
            /** @example Validation failed */
            message: string;
            /** @example validation_error */
            error_code?: string;
            /** @description Field name -> messages (validation errors only). */
            errors?: {
                [key: string]: string[];
            };
            /** @description Real server adds `success:false` on some routes. */
            success?: boolean;
            details?: Record<string, never>;
        };
        ForbiddenError: {
            /** @example Insufficient permissions */
            error: string;
            /**
             * @description Real server says `This endpoint requires one of: "<scope>"`.
             * @example This endpoint requires the 'write:projects' scope
             */
            message: string;
            /** @example forbidden */
            error_code?: string;
            /**
             * @description Present on scope failures (comma-joined for multi-scope routes).
             * @example write:projects
             */
            required_scope?: string;
            /**
             * @description The token's scopes (scope failures only).
             * @example [
             *       "read:projects"
             *     ]
             */
            available_scopes?: string[];
            success?: boolean;
        };
        RateLimitError: {
            /** @example Rate limit exceeded */
            error: string;
            /** @example Too many requests for this API token. Try again later. */
            message: string;
            /** @enum {string} */
            error_code: "rate_limited";
            /** @example 100 */
            limit_per_minute: number;
            /** @example 1000 */
            limit_per_hour: number;
            /** @example 0 */
            remaining_per_minute: number;
            /** @example 870 */
            remaining_per_hour: number;
        };
        Message: {
            /** @example Deleted successfully */
            message: string;
        };
        Info: {
            /** @enum {string} */
            api_version: "v1";
            /** @example 5.10.0 */
            app_version: string;
            /**
             * @description true while the installation's initial web setup is not complete.
             * @example false
             */
            setup_required: boolean;
            /**
             * @example [
             *       "clients",
             *       "inventory",
             *       "quotes"
             *     ]
             */
            enabled_modules?: string[];
            /** @example /api/docs */
            documentation_url: string;
            /** @example API Token (Bearer or X-API-Key header) */
            authentication?: string;
            /**
             * @description Resource name -> path (some values are nested objects).
             * @example {
             *       "projects": "/api/v1/projects",
             *       "time_entries": "/api/v1/time-entries",
             *       "tasks": "/api/v1/tasks",
             *       "clients": "/api/v1/clients"
             *     }
             */
            endpoints: {
                [key: string]: unknown;
            };
            /** @example UTC */
            timezone?: string;
        };
        Health: {
            /** @enum {string} */
            status: "healthy";
            timestamp: components["schemas"]["NaiveDateTime"];
        };
        LoginRequest: {
            /**
             * @description Trimmed and lower-cased before lookup.
             * @example admin
             */
            username: string;
            /** @example admin */
            password: string;
        };
        LoginResponse: {
            /** @example tt_abc123def456ghi789jkl012mno345pq */
            token: string;
        };
        SearchResult: {
            /** @enum {string} */
            type: "project" | "task" | "client" | "entry";
            /** @enum {string} */
            category: "project" | "task" | "client" | "entry";
            /** @example 1 */
            id: number;
            /** @example Website Redesign */
            title: string;
            /** @example Complete website overhaul */
            description: string;
            /** @example /projects/1 */
            url: string;
            /** @example Project */
            badge: string;
        };
        SearchResponse: {
            results: components["schemas"]["SearchResult"][];
            /** @example website */
            query: string;
            /** @example 2 */
            count: number;
            /** @example false */
            partial: boolean;
            /** @description Domain (`projects`, `tasks`, `clients`, `entries`) -> error text, only for failed domains. */
            errors: {
                [key: string]: string;
            };
        };
        /** @description The 400 of a too-short query carries `results`, `partial` and `errors` (as the real server; the mock names the field, `{"q": [...]}`, where the real server sends `{}`); a missing `q` is a plain validation error. */
        SearchError: {
            /** @example Query must be at least 2 characters */
            error: string;
            /** @example Query must be at least 2 characters */
            message: string;
            /** @example validation_error */
            error_code?: string;
            results?: components["schemas"]["SearchResult"][];
            /** @enum {boolean} */
            partial?: false;
            errors?: Record<string, never>;
        };
        /**
         * @description Real server uses `active|inactive|archived`; the docs name `on_hold`. Both vocabularies are accepted.
         * @example active
         * @enum {string}
         */
        ProjectStatus: "active" | "inactive" | "on_hold" | "archived";
        Project: {
            /** @example 1 */
            id: number;
            /** @example Website Redesign */
            name: string;
            /** @example WEB */
            code: string | null;
            /** @example WEB */
            code_display: string;
            /** @example 5 */
            client_id: number | null;
            /**
             * @description The client's name (`Unknown Client` when none).
             * @example Acme Corp
             */
            client: string;
            /** @example Complete website overhaul */
            description: string | null;
            /** @example true */
            billable: boolean;
            /** @example 75 */
            hourly_rate: number | null;
            /** @example PO-2026-001 */
            billing_ref: string | null;
            status: components["schemas"]["ProjectStatus"];
            /** @example 120 */
            estimated_hours: number | null;
            /** @example 9000 */
            budget_amount: number | null;
            /** @example 80 */
            budget_threshold_percent: number;
            created_at: components["schemas"]["NaiveDateTime"];
            updated_at: components["schemas"]["NaiveDateTime"];
            /** @example 85.5 */
            total_hours: number;
            /** @example 80.25 */
            total_billable_hours: number;
            /** @example 6412.5 */
            estimated_cost?: number | null;
            /** @example 6018.75 */
            budget_consumed_amount?: number | null;
            /** @example false */
            budget_threshold_exceeded?: boolean;
            /** @example {} */
            custom_fields: {
                [key: string]: unknown;
            };
            /** @example false */
            is_archived: boolean;
            /** @example null */
            archived_at: string | null;
            /** @example null */
            archived_by?: number | null;
            /** @example null */
            archived_reason?: string | null;
            /** @example #3b82f6 */
            color?: string | null;
        };
        /** @description Unknown keys are rejected with 400 (as the real server). `status` is documented by the seed; Real server rejects it as an unknown field. */
        ProjectCreate: {
            /** @example New Project */
            name: string;
            /**
             * Format: int32
             * @description Required in practice (missing or unknown gives 400 "Invalid client").
             * @example 5
             */
            client_id: number;
            /** @example Project description */
            description?: string | null;
            /** @default true */
            billable?: boolean;
            /** @example 75 */
            hourly_rate?: number;
            billing_ref?: string;
            /**
             * @description Stored upper-cased; must be unique.
             * @example NEWP
             */
            code?: string;
            /**
             * @description Real server accepts it but does not save it on create.
             * @example 100
             */
            estimated_hours?: number;
            budget_amount?: number;
            budget_threshold_percent?: number;
            status?: components["schemas"]["ProjectStatus"];
        };
        /** @description Any subset of these fields; other keys are ignored. */
        ProjectUpdate: {
            /** @example Website Redesign (phase 2) */
            name?: string;
            description?: string | null;
            /** Format: int32 */
            client_id?: number;
            hourly_rate?: number | null;
            estimated_hours?: number | null;
            status?: components["schemas"]["ProjectStatus"];
            code?: string | null;
            budget_amount?: number | null;
            billing_ref?: string | null;
        };
        ProjectList: {
            projects: components["schemas"]["Project"][];
            pagination: components["schemas"]["Pagination"];
        };
        ProjectEnvelope: {
            project: components["schemas"]["Project"];
        };
        ProjectWritten: {
            /** @example Project created successfully */
            message: string;
            project: components["schemas"]["Project"];
        };
        /** @description `ProjectCost.to_dict` (`models/project_cost.py:82`). */
        ProjectCost: {
            id: number;
            project_id: number;
            user_id: number;
            description: string;
            /** @description The model names travel, materials, services, equipment, other; not checked. */
            category: string;
            amount: number;
            currency_code: string;
            billable: boolean;
            invoiced: boolean;
            invoice_id: number | null;
            /** Format: date */
            cost_date: string;
            notes: string | null;
            receipt_path: string | null;
            created_at: string;
            updated_at: string;
            /** @description The project's name. */
            project: string | null;
            /** @description The recording user's username. */
            user: string | null;
        };
        ProjectCostCreate: {
            description: string;
            category: string;
            amount: number;
            cost_date: string;
            billable?: boolean;
            notes?: string | null;
            currency_code?: string;
        };
        ProjectCostUpdate: {
            description?: string;
            category?: string;
            /** @description A number (or a numeric string); anything else is 400 Invalid amount. */
            amount?: number | string;
            cost_date?: string;
            billable?: boolean;
            notes?: string | null;
            currency_code?: string;
        };
        ProjectCostList: {
            costs: components["schemas"]["ProjectCost"][];
            pagination: components["schemas"]["Pagination"];
        };
        ProjectCostEnvelope: {
            cost: components["schemas"]["ProjectCost"];
        };
        ProjectCostSaved: {
            message: string;
            cost: components["schemas"]["ProjectCost"];
        };
        /** @description `SavedFilter.to_dict` (`models/saved_filter.py:28`). */
        SavedFilter: {
            id: number;
            user_id: number;
            name: string;
            /** @description Where the filter applies (the model names global, time, projects, tasks, reports); not checked. */
            scope: string;
            /** @description The filter itself, stored as given. */
            payload: {
                [key: string]: unknown;
            };
            is_shared: boolean;
            created_at: string;
            updated_at: string;
        };
        SavedFilterCreate: {
            name: string;
            scope: string;
            payload: {
                [key: string]: unknown;
            };
            is_shared?: boolean;
        };
        SavedFilterUpdate: {
            name?: string;
            scope?: string;
            payload?: {
                [key: string]: unknown;
            };
            is_shared?: boolean;
        };
        SavedFilterList: {
            filters: components["schemas"]["SavedFilter"][];
            pagination: components["schemas"]["Pagination"];
        };
        SavedFilterEnvelope: {
            filter: components["schemas"]["SavedFilter"];
        };
        SavedFilterSaved: {
            message: string;
            filter: components["schemas"]["SavedFilter"];
        };
        /** @description `Comment.to_dict` (`models/comment.py:173`). */
        Comment: {
            id: number;
            content: string;
            project_id: number | null;
            task_id: number | null;
            quote_id: number | null;
            user_id: number | null;
            client_contact_id: number | null;
            /** @description The author's username. */
            author: string | null;
            author_full_name: string | null;
            created_at: string;
            updated_at: string;
            parent_id: number | null;
            is_reply: boolean;
            reply_count: number;
            /** @enum {string} */
            target_type: "project" | "task" | "quote" | "unknown";
            /** @description The project's or task's name (`Unknown` when it is gone). */
            target_name: string;
            is_internal: boolean;
            is_client_comment: boolean;
            /** @description Always empty here: attachments are uploaded through the web app. */
            attachments: Record<string, never>[];
        };
        CommentCreate: {
            content: string;
            /** Format: int32 */
            project_id?: number | null;
            /** Format: int32 */
            task_id?: number | null;
            /** Format: int32 */
            parent_id?: number | null;
        };
        CommentUpdate: {
            content: string;
        };
        CommentList: {
            comments: components["schemas"]["Comment"][];
        };
        CommentSaved: {
            message: string;
            comment: components["schemas"]["Comment"];
        };
        /** @description `BudgetAlert.to_dict` (`models/budget_alert.py:54`). */
        BudgetAlert: {
            id: number;
            project_id: number;
            project_name: string | null;
            /** @description The model names warning_80, warning_100, over_budget; not checked. */
            alert_type: string;
            /** @description The model names info, warning, critical; not checked. */
            alert_level: string;
            budget_consumed_percent: number;
            budget_amount: number;
            consumed_amount: number;
            message: string;
            is_acknowledged: boolean;
            acknowledged_by: number | null;
            acknowledged_at: string | null;
            created_at: string;
        };
        BudgetAlertCreate: {
            /** Format: int32 */
            project_id: number;
            alert_type: string;
            alert_level?: string;
            budget_consumed_percent: number;
            budget_amount: number;
            consumed_amount: number;
            message: string;
        };
        BudgetAlertList: {
            alerts: components["schemas"]["BudgetAlert"][];
            pagination: components["schemas"]["Pagination"];
        };
        BudgetAlertSaved: {
            message: string;
            alert: components["schemas"]["BudgetAlert"];
        };
        /** @description `AuditLog.to_dict` (`models/audit_log.py:267`); old and new values are the JSON values, decoded. */
        AuditLog: {
            id: number;
            user_id: number | null;
            username: string | null;
            display_name: string | null;
            entity_type: string;
            entity_id: number;
            entity_name: string | null;
            action: string;
            field_name: string | null;
            /** @description Any JSON value, null included. */
            old_value: unknown;
            /** @description Any JSON value, null included. */
            new_value: unknown;
            change_description: string | null;
            reason: string | null;
            entity_metadata: {
                [key: string]: unknown;
            } | null;
            full_old_state: {
                [key: string]: unknown;
            } | null;
            full_new_state: {
                [key: string]: unknown;
            } | null;
            ip_address: string | null;
            user_agent: string | null;
            request_path: string | null;
            created_at: string;
        };
        AuditLogList: {
            audit_logs: components["schemas"]["AuditLog"][];
        };
        /** @description `Activity.to_dict` (`models/activity.py:146`); `metadata` repeats `extra_data`. */
        Activity: {
            id: number;
            user_id: number;
            username: string | null;
            display_name: string | null;
            action: string;
            entity_type: string;
            entity_id: number;
            entity_name: string | null;
            description: string | null;
            extra_data: {
                [key: string]: unknown;
            } | null;
            metadata: {
                [key: string]: unknown;
            } | null;
            created_at: string;
        };
        ActivityList: {
            activities: components["schemas"]["Activity"][];
        };
        /** @description One favourite (`UserFavoriteProject.to_dict` on the real server). */
        Favorite: {
            /** @example 3 */
            id: number;
            /** @example 1 */
            user_id: number;
            /** @example 1 */
            project_id: number;
            /** @example 2026-01-15T09:00:00 */
            created_at: string | null;
        };
        FavoriteProjects: {
            favorites: components["schemas"]["Favorite"][];
        };
        FavoriteWritten: {
            /** @example Project favorited successfully */
            message: string;
            favorite: components["schemas"]["Favorite"];
        };
        FavoriteAdd: {
            /**
             * Format: int32
             * @example 1
             */
            project_id: number;
        };
        TimeEntry: {
            /** @example 42 */
            id: number;
            /** @example 2 */
            user_id: number;
            /** @example 1 */
            project_id: number | null;
            /** @example 5 */
            client_id: number | null;
            /** @example 5 */
            task_id: number | null;
            start_time: components["schemas"]["NaiveDateTime"];
            /**
             * @description null while the timer runs.
             * @example 2026-01-15T17:00:00
             */
            end_time: string | null;
            /**
             * @description Net of breaks; null while running.
             * @example 28800
             */
            duration_seconds: number | null;
            /** @example 0 */
            break_seconds: number;
            /**
             * @description Set while a running timer is paused.
             * @example null
             */
            paused_at: string | null;
            /** @example 8 */
            duration_hours: number;
            /** @example 08:00:00 */
            duration_formatted: string;
            /** @example Worked on feature X */
            notes: string | null;
            /** @example development,frontend */
            tags: string | null;
            /**
             * @example [
             *       "development",
             *       "frontend"
             *     ]
             */
            tag_list: string[];
            /** @enum {string} */
            source: "manual" | "auto";
            /** @example true */
            billable: boolean;
            /** @example false */
            paid: boolean;
            /** @example null */
            invoice_number: string | null;
            /**
             * @description true while the timer runs (`end_time` is null).
             * @example false
             */
            is_active: boolean;
            created_at: components["schemas"]["NaiveDateTime"];
            updated_at: components["schemas"]["NaiveDateTime"];
            /**
             * @description The user's name.
             * @example alice
             */
            user: string | null;
            /**
             * @description The project's name (a string, not an object).
             * @example Website Redesign
             */
            project: string | null;
            /**
             * @description The client's name.
             * @example Acme Corp
             */
            client: string | null;
            /**
             * @description The task's name.
             * @example Update homepage
             */
            task: string | null;
        };
        /**
         * @description `project_id` is required (documented: a 400 `validation_error` with
         *     `errors.project_id` without it); the real server also takes a
         *     `client_id` instead (an entry on a client, no project). Omitting `end_time`
         *     creates a running timer (documented; Real server: answers 400 "End time
         *     must be after start time"). Real server: rejects any `task_id` because of a
         *     validator defect. Unknown keys are rejected.
         */
        TimeEntryCreate: {
            /**
             * Format: int32
             * @example 1
             */
            project_id?: number | null;
            /** Format: int32 */
            client_id?: number | null;
            /**
             * Format: int32
             * @example 5
             */
            task_id?: number | null;
            /**
             * @description ISO 8601 datetime (`Z` and offsets accepted).
             * @example 2026-01-15T09:00:00Z
             */
            start_time: string;
            /** @example 2026-01-15T17:00:00Z */
            end_time?: string | null;
            /** @example Worked on feature X */
            notes?: string | null;
            /** @example development,frontend */
            tags?: string | null;
            /** @default true */
            billable?: boolean;
            /** @default false */
            paid?: boolean;
            invoice_number?: string | null;
            /** Format: int32 */
            break_seconds?: number;
            /**
             * Format: int32
             * @description Admins only (create for another active user).
             */
            user_id?: number;
        };
        /** @description Partial update. Setting `project_id` clears `client_id`; setting `client_id` clears `project_id` and `task_id`; `paid:false` clears `invoice_number`. */
        TimeEntryUpdate: {
            /** Format: int32 */
            project_id?: number | null;
            /** Format: int32 */
            client_id?: number | null;
            /** Format: int32 */
            task_id?: number | null;
            /** @example 2026-01-15T09:30:00 */
            start_time?: string;
            /** @example 2026-01-15T17:30:00 */
            end_time?: string | null;
            /** Format: int32 */
            break_seconds?: number;
            /** @example Reviewed pull requests */
            notes?: string | null;
            tags?: string | null;
            billable?: boolean;
            paid?: boolean;
            invoice_number?: string | null;
            /**
             * @description Optimistic lock. When it differs from the stored `updated_at` by more than 2 seconds the answer is 409 `conflict`.
             * @example 2026-01-15T17:00:00
             */
            if_updated_at?: string;
        };
        TimeEntryList: {
            time_entries: components["schemas"]["TimeEntry"][];
            pagination: components["schemas"]["Pagination"];
        };
        TimeEntryEnvelope: {
            time_entry: components["schemas"]["TimeEntry"];
        };
        TimeEntryWritten: {
            /** @example Time entry created successfully */
            message: string;
            time_entry: components["schemas"]["TimeEntry"];
        };
        /** @description The CSV text under `csv` or `data`. */
        CsvImportJson: {
            /**
             * @example project_id,start_time,end_time,notes
             *     1,2026-01-15T09:00:00,2026-01-15T12:00:00,Imported
             */
            csv?: string;
            data?: string;
        };
        CsvImportResult: {
            /** @example true */
            success: boolean;
            /** @example 1 */
            created: number;
            /** @example 0 */
            failed: number;
            errors: {
                /**
                 * @description CSV line number (data rows start at 2).
                 * @example 3
                 */
                row: number;
                /** @example project_id is required */
                error: string;
            }[];
        };
        BulkRequest: {
            /**
             * @example [
             *       1,
             *       2,
             *       3
             *     ]
             */
            entry_ids: (number | string)[];
            /**
             * @example set_billable
             * @enum {string}
             */
            action: "delete" | "set_billable" | "set_paid" | "add_tag" | "remove_tag";
            /**
             * @description A boolean for `set_billable`/`set_paid`, a non-empty tag string for tag actions, null or absent for `delete`.
             * @example true
             */
            value?: unknown;
        };
        BulkResult: {
            /** @example true */
            success: boolean;
            /** @example 3 */
            affected: number;
        };
        TimerStartRequest: {
            /**
             * Format: int32
             * @example 1
             */
            project_id: number;
            /**
             * Format: int32
             * @example 5
             */
            task_id?: number | null;
            /** @example  */
            notes?: string | null;
            /**
             * Format: int32
             * @description One of the caller's time-entry templates (another's, or an unknown id, is ignored): its task and default notes fill a missing `task_id` / `notes`, and a started timer bumps its `usage_count` and `last_used_at`. Its tags and billable flag are not applied, as on the real server (its `project_id` neither: the body's is required).
             */
            template_id?: number | null;
        };
        TimerStatus: {
            /** @example true */
            active: boolean;
            /** @description The running entry, or null when idle. */
            timer: components["schemas"]["TimeEntry"] | null;
        };
        TimerStarted: {
            /** @example Timer started successfully */
            message: string;
            timer: components["schemas"]["TimeEntry"];
        };
        /**
         * @example medium
         * @enum {string}
         */
        TaskPriority: "low" | "medium" | "high" | "urgent";
        /**
         * @description A priority name, or the documented integer form (1 low, 2 medium, 3 high, 4 urgent).
         * @example high
         */
        TaskPriorityInput: components["schemas"]["TaskPriority"] | number;
        /**
         * @description Kanban column key; the built-in ones are listed.
         * @example in_progress
         * @enum {string}
         */
        TaskStatus: "todo" | "in_progress" | "review" | "done" | "cancelled";
        Task: {
            /** @example 5 */
            id: number;
            /** @example 1 */
            project_id: number;
            /** @example Update homepage */
            name: string;
            /** @example Refresh hero section and navigation */
            description: string | null;
            status: components["schemas"]["TaskStatus"];
            /** @example In Progress */
            status_display: string;
            priority: components["schemas"]["TaskPriority"];
            /** @example Medium */
            priority_display: string;
            /** @example priority-medium */
            priority_class: string;
            /** @example 6 */
            estimated_hours: number | null;
            /**
             * Format: date
             * @example 2026-02-01
             */
            due_date: string | null;
            /** @example 2 */
            assigned_to: number | null;
            /** @example alice */
            assigned_user: string | null;
            /** @example 1 */
            created_by: number;
            /** @example admin */
            creator: string | null;
            created_at: components["schemas"]["NaiveDateTime"];
            updated_at: components["schemas"]["NaiveDateTime"];
            started_at: string | null;
            completed_at: string | null;
            /** @example 3.5 */
            total_hours: number;
            /** @example 3.5 */
            total_billable_hours: number;
            /** @example 58.3 */
            progress_percentage: number;
            /** @example true */
            is_active: boolean;
            /** @example false */
            is_overdue: boolean;
            /** @example frontend */
            tags: string | null;
            /**
             * @example [
             *       "frontend"
             *     ]
             */
            tag_list: string[];
        };
        TaskCreate: {
            /** @example Implement login feature */
            name: string;
            /**
             * Format: int32
             * @example 1
             */
            project_id: number;
            /** @example Add user authentication */
            description?: string | null;
            status?: components["schemas"]["TaskStatus"];
            priority?: components["schemas"]["TaskPriorityInput"];
            /** Format: int32 */
            assignee_id?: number | null;
            /** Format: date */
            due_date?: string | null;
            estimated_hours?: number | null;
            tags?: string | null;
        };
        TaskUpdate: {
            /** @example Implement login feature (v2) */
            name?: string;
            description?: string | null;
            status?: components["schemas"]["TaskStatus"];
            priority?: components["schemas"]["TaskPriorityInput"];
            /**
             * Format: int32
             * @description Real server ignores it on update.
             */
            assignee_id?: number | null;
            /** Format: date */
            due_date?: string | null;
            estimated_hours?: number | null;
            tags?: string | null;
        };
        TaskList: {
            tasks: components["schemas"]["Task"][];
            pagination: components["schemas"]["Pagination"];
        };
        TaskEnvelope: {
            task: components["schemas"]["Task"];
        };
        TaskWritten: {
            /** @example Task created successfully */
            message: string;
            task: components["schemas"]["Task"];
        };
        KanbanColumn: {
            id: number;
            /** @description null: a global column. */
            project_id: number | null;
            /** @description The task status this column stands for (`in_progress`). */
            key: string;
            label: string;
            /** @description A Font Awesome class (default `fas fa-circle`). */
            icon: string | null;
            /** @description A Bootstrap colour name or hex (default `secondary`). */
            color: string | null;
            position: number;
            is_active: boolean;
            /** @description System columns cannot be deleted. */
            is_system: boolean;
            /** @description A task in this column counts as done. */
            is_complete_state: boolean;
            /** @description Not settable through the API. */
            wip_limit: number | null;
            created_at: string;
            updated_at: string;
        };
        KanbanColumnCreate: {
            key: string;
            label: string;
            icon?: string;
            color?: string;
            /** Format: int32 */
            position?: number;
            is_active?: boolean;
            is_system?: boolean;
            is_complete_state?: boolean;
            /** Format: int32 */
            project_id?: number | null;
        };
        KanbanColumnUpdate: {
            key?: string;
            label?: string;
            icon?: string;
            color?: string;
            /** Format: int32 */
            position?: number;
            is_active?: boolean;
            is_complete_state?: boolean;
        };
        KanbanColumnReorder: {
            column_ids: number[];
            /** Format: int32 */
            project_id?: number | null;
        };
        KanbanColumnList: {
            columns: components["schemas"]["KanbanColumn"][];
        };
        KanbanColumnSaved: {
            message: string;
            column: components["schemas"]["KanbanColumn"];
        };
        /** @enum {string} */
        IssueStatus: "open" | "in_progress" | "resolved" | "closed" | "cancelled";
        /** @enum {string} */
        IssuePriority: "low" | "medium" | "high" | "urgent";
        Issue: {
            id: number;
            client_id: number;
            client_name: string | null;
            project_id: number | null;
            project_name: string | null;
            task_id: number | null;
            task_name: string | null;
            title: string;
            description: string | null;
            /** @description open, in_progress, resolved, closed or cancelled. */
            status: string;
            /** @description `In Progress`. */
            status_display: string;
            /** @description low, medium, high or urgent. */
            priority: string;
            priority_display: string;
            /** @description `priority-<priority>`. */
            priority_class: string;
            submitted_by_client: boolean;
            client_submitter_name: string | null;
            client_submitter_email: string | null;
            assigned_to: number | null;
            /** @description The assignee's username. */
            assigned_user: string | null;
            created_by: number | null;
            /** @description The creator's username. */
            creator: string | null;
            created_at: string;
            updated_at: string;
            /** @description Set by the web app only; status changes through the API leave it. */
            resolved_at: string | null;
            /** @description Set by the web app only; status changes through the API leave it. */
            closed_at: string | null;
            /** @description open or in_progress. */
            is_open: boolean;
            is_resolved: boolean;
            is_closed: boolean;
        };
        IssueCreate: {
            title: string;
            /** Format: int32 */
            client_id: number;
            description?: string | null;
            /** Format: int32 */
            project_id?: number | null;
            /** Format: int32 */
            task_id?: number | null;
            priority?: components["schemas"]["IssuePriority"];
            status?: components["schemas"]["IssueStatus"];
            submitted_by_client?: boolean;
            /** Format: int32 */
            assigned_to?: number | null;
        };
        IssueUpdate: {
            title?: string;
            description?: string | null;
            status?: components["schemas"]["IssueStatus"];
            priority?: components["schemas"]["IssuePriority"];
            /** Format: int32 */
            project_id?: number | null;
            /** Format: int32 */
            client_id?: number;
            /** Format: int32 */
            assigned_to?: number | null;
        };
        IssueList: {
            issues: components["schemas"]["Issue"][];
            pagination: components["schemas"]["Pagination"];
        };
        IssueEnvelope: {
            issue: components["schemas"]["Issue"];
        };
        IssueSaved: {
            message: string;
            issue: components["schemas"]["Issue"];
        };
        /** @description Camel case, unlike every other object of the API. */
        CalendarEvent: {
            id: number;
            title: string;
            description: string | null;
            /** @description Naive ISO datetime (server zone). */
            start: string;
            end: string;
            allDay: boolean;
            location: string | null;
            /** @description `event` unless set (meeting, appointment, reminder, deadline...). */
            eventType: string;
            projectId: number | null;
            taskId: number | null;
            clientId: number | null;
            isRecurring: boolean;
            /** @description An RRULE (`FREQ=WEEKLY;BYDAY=MO`); not settable through the API. */
            recurrenceRule: string | null;
            recurrenceEndDate: string | null;
            parentEventId: number | null;
            reminderMinutes: number | null;
            color: string | null;
            isPrivate: boolean;
            createdAt: string;
            updatedAt: string;
        };
        CalendarEventCreate: {
            title: string;
            /** @description ISO datetime (`Z` or an offset is converted to the server zone). */
            start_time: string;
            end_time: string;
            description?: string | null;
            all_day?: boolean;
            location?: string | null;
            /** Format: int32 */
            project_id?: number | null;
            /** Format: int32 */
            task_id?: number | null;
            /** Format: int32 */
            client_id?: number | null;
            event_type?: string;
            /** Format: int32 */
            reminder_minutes?: number | null;
            color?: string | null;
            is_private?: boolean;
        };
        CalendarEventUpdate: {
            title?: string;
            description?: string | null;
            location?: string | null;
            event_type?: string;
            color?: string | null;
            is_private?: boolean;
            /** Format: int32 */
            reminder_minutes?: number | null;
            /** @description Applied only when it parses; no order check against the end. */
            start_time?: string;
            end_time?: string;
            /** @description Accepted and ignored (the real server cannot change it). */
            all_day?: boolean;
        };
        CalendarEventList: {
            events: components["schemas"]["CalendarEvent"][];
        };
        CalendarEventEnvelope: {
            event: components["schemas"]["CalendarEvent"];
        };
        CalendarEventSaved: {
            message: string;
            event: components["schemas"]["CalendarEvent"];
        };
        Client: {
            /** @example 5 */
            id: number;
            /** @example Acme Corp */
            name: string;
            /** @example Long-standing retail customer */
            description: string | null;
            /** @example Jane Doe */
            contact_person: string | null;
            /** @example contact@acme.com */
            email: string | null;
            /** @example +1-555-0123 */
            phone: string | null;
            /** @example 1 Main Street, Springfield */
            address: string | null;
            /**
             * @description A decimal string, e.g. "75.00".
             * @example 75.00
             */
            default_hourly_rate: string | null;
            /** @enum {string} */
            status: "active" | "inactive";
            /** @example true */
            is_active: boolean;
            /** @example 3 */
            total_projects: number;
            /** @example 2 */
            active_projects: number;
            /** @example null */
            prepaid_hours_monthly: number | null;
            /** @example 1 */
            prepaid_reset_day: number;
            /** @example {} */
            custom_fields: {
                [key: string]: unknown;
            };
            /**
             * @description Documented on create. Real server accepts and discards it (no such field).
             * @example Acme Corporation
             */
            company?: string | null;
            created_at: components["schemas"]["NaiveDateTime"];
            updated_at: components["schemas"]["NaiveDateTime"];
        };
        ClientCreate: {
            /** @example Acme Corp */
            name: string;
            /** @example contact@acme.com */
            email?: string | null;
            /** @example Acme Corporation */
            company?: string | null;
            /** @example +1-555-0123 */
            phone?: string | null;
            address?: string | null;
            contact_person?: string | null;
            description?: string | null;
            /** @example 75 */
            default_hourly_rate?: number | null;
            custom_fields?: {
                [key: string]: unknown;
            };
        };
        ClientUpdate: {
            /** @example Acme Corporation Ltd */
            name?: string;
            email?: string | null;
            company?: string | null;
            phone?: string | null;
            address?: string | null;
            contact_person?: string | null;
            description?: string | null;
            default_hourly_rate?: number | null;
            /** @enum {string} */
            status?: "active" | "inactive";
            custom_fields?: {
                [key: string]: unknown;
            };
        };
        ClientList: {
            clients: components["schemas"]["Client"][];
            pagination: components["schemas"]["Pagination"];
        };
        ClientEnvelope: {
            client: components["schemas"]["Client"];
        };
        ClientWritten: {
            /** @example Client created successfully */
            message: string;
            client: components["schemas"]["Client"];
        };
        ClientNote: {
            id: number;
            content: string;
            client_id: number;
            /** @description The client's name (`Unknown` when there is no such client). */
            client_name: string;
            /** @description The author. */
            user_id: number;
            /** @description The author's username. */
            author: string | null;
            author_full_name: string | null;
            /** @description The author's full name, else the username. */
            author_name: string;
            is_important: boolean;
            created_at: string;
            updated_at: string;
        };
        ClientNoteWrite: {
            content: string;
            is_important?: boolean;
        };
        ClientNoteList: {
            notes: components["schemas"]["ClientNote"][];
            pagination: components["schemas"]["Pagination"];
        };
        ClientNoteEnvelope: {
            note: components["schemas"]["ClientNote"];
        };
        ClientNoteSaved: {
            message: string;
            note: components["schemas"]["ClientNote"];
        };
        Contact: {
            id: number;
            client_id: number;
            first_name: string;
            last_name: string;
            full_name: string;
            /** @description `<full name> - <title>`, or the full name without a title. */
            display_name: string;
            email: string | null;
            phone: string | null;
            mobile: string | null;
            title: string | null;
            department: string | null;
            /** @description Free text, default `contact`. */
            role: string;
            is_primary: boolean;
            address: string | null;
            notes: string | null;
            tags: string[];
            /** @description false once deleted. */
            is_active: boolean;
            created_by: number;
            created_at: string;
            updated_at: string;
        };
        ContactCreate: {
            first_name: string;
            last_name: string;
            email?: string | null;
            phone?: string | null;
            mobile?: string | null;
            title?: string | null;
            department?: string | null;
            role?: string | null;
            is_primary?: boolean;
            address?: string | null;
            notes?: string | null;
            /** @description Comma-separated. */
            tags?: string | null;
        };
        ContactUpdate: {
            first_name?: string | null;
            last_name?: string | null;
            email?: string | null;
            phone?: string | null;
            mobile?: string | null;
            title?: string | null;
            department?: string | null;
            role?: string | null;
            is_primary?: boolean;
            address?: string | null;
            notes?: string | null;
            /** @description Comma-separated. */
            tags?: string | null;
        };
        ContactList: {
            contacts: components["schemas"]["Contact"][];
        };
        ContactEnvelope: {
            contact: components["schemas"]["Contact"];
        };
        ContactSaved: {
            message: string;
            contact: components["schemas"]["Contact"];
        };
        Deal: {
            id: number;
            client_id: number | null;
            contact_id: number | null;
            lead_id: number | null;
            name: string;
            description: string | null;
            /** @description Free text; the real server's stages are `prospecting` (default), `qualification`, `proposal`, `negotiation`, `closed_won`, `closed_lost`. */
            stage: string;
            /** @description null when 0 or unset. */
            value: number | null;
            currency_code: string;
            probability: number | null;
            /** @description `value` x `probability` / 100 (0 without a value). */
            weighted_value: number;
            /** Format: date */
            expected_close_date: string | null;
            /** Format: date */
            actual_close_date: string | null;
            /** @description `open`, `won`, `lost` or `cancelled` (free text on the real server). */
            status: string;
            loss_reason: string | null;
            related_quote_id: number | null;
            related_project_id: number | null;
            notes: string | null;
            created_by: number;
            owner_id: number | null;
            created_at: string;
            updated_at: string;
            closed_at: string | null;
            is_open: boolean;
            is_won: boolean;
            is_lost: boolean;
        };
        DealCreate: {
            name: string;
            /** Format: int32 */
            client_id?: number | null;
            /** Format: int32 */
            contact_id?: number | null;
            /** Format: int32 */
            lead_id?: number | null;
            /** Format: int32 */
            related_quote_id?: number | null;
            /** Format: int32 */
            related_project_id?: number | null;
            description?: string | null;
            stage?: string | null;
            value?: number | null;
            currency_code?: string | null;
            /** Format: int32 */
            probability?: number;
            /** Format: date */
            expected_close_date?: string | null;
            /** @enum {string|null} */
            status?: "open" | "won" | "lost" | "cancelled" | null;
            loss_reason?: string | null;
            notes?: string | null;
            /** Format: int32 */
            owner_id?: number | null;
        };
        DealUpdate: {
            name?: string | null;
            /** Format: int32 */
            client_id?: number | null;
            /** Format: int32 */
            contact_id?: number | null;
            /** Format: int32 */
            lead_id?: number | null;
            /** Format: int32 */
            related_quote_id?: number | null;
            /** Format: int32 */
            related_project_id?: number | null;
            description?: string | null;
            stage?: string | null;
            value?: number | null;
            currency_code?: string | null;
            /** Format: int32 */
            probability?: number | null;
            /** Format: date */
            expected_close_date?: string | null;
            /** Format: date */
            actual_close_date?: string | null;
            /** @enum {string|null} */
            status?: "open" | "won" | "lost" | "cancelled" | null;
            loss_reason?: string | null;
            notes?: string | null;
            /** Format: int32 */
            owner_id?: number | null;
        };
        DealList: {
            deals: components["schemas"]["Deal"][];
            pagination: components["schemas"]["Pagination"];
        };
        DealEnvelope: {
            deal: components["schemas"]["Deal"];
        };
        DealSaved: {
            message: string;
            deal: components["schemas"]["Deal"];
        };
        Lead: {
            id: number;
            first_name: string;
            last_name: string;
            full_name: string;
            /** @description `<full name> (<company>)`, or the full name without a company. */
            display_name: string;
            company_name: string | null;
            email: string | null;
            phone: string | null;
            title: string | null;
            source: string | null;
            status: components["schemas"]["LeadStatus"];
            score: number;
            /** @description null when 0 or unset. */
            estimated_value: number | null;
            currency_code: string;
            converted_to_client_id: number | null;
            converted_to_deal_id: number | null;
            converted_at: string | null;
            converted_by: number | null;
            notes: string | null;
            tags: string[];
            created_by: number;
            owner_id: number | null;
            created_at: string;
            updated_at: string;
            /** @description A client or deal id of the conversion is set (not the status). */
            is_converted: boolean;
            is_lost: boolean;
        };
        /** @enum {string} */
        LeadStatus: "new" | "contacted" | "qualified" | "converted" | "lost";
        LeadCreate: {
            first_name: string;
            last_name: string;
            company_name?: string | null;
            email?: string | null;
            phone?: string | null;
            title?: string | null;
            source?: string | null;
            status?: components["schemas"]["LeadStatus"];
            /** Format: int32 */
            score?: number;
            estimated_value?: number | null;
            currency_code?: string | null;
            notes?: string | null;
            /** @description Comma-separated. */
            tags?: string | null;
            /** Format: int32 */
            owner_id?: number | null;
        };
        LeadUpdate: {
            first_name?: string | null;
            last_name?: string | null;
            company_name?: string | null;
            email?: string | null;
            phone?: string | null;
            title?: string | null;
            source?: string | null;
            status?: components["schemas"]["LeadStatus"];
            /** Format: int32 */
            score?: number;
            estimated_value?: number | null;
            notes?: string | null;
            /** @description Comma-separated. */
            tags?: string | null;
            /** Format: int32 */
            owner_id?: number | null;
        };
        LeadList: {
            leads: components["schemas"]["Lead"][];
            pagination: components["schemas"]["Pagination"];
        };
        LeadEnvelope: {
            lead: components["schemas"]["Lead"];
        };
        LeadSaved: {
            message: string;
            lead: components["schemas"]["Lead"];
        };
        /**
         * @example draft
         * @enum {string}
         */
        QuoteStatus: "draft" | "sent" | "accepted" | "rejected" | "expired";
        QuoteItem: {
            /** @example 1 */
            id: number;
            /** @example 1 */
            quote_id: number;
            /** @enum {string} */
            line_kind: "item" | "expense" | "good";
            /** @example Monthly maintenance */
            display_name: string | null;
            category?: string | null;
            /** Format: date */
            line_date?: string | null;
            sku?: string | null;
            /** @example Monthly maintenance */
            description: string;
            /** @example 10 */
            quantity: number;
            /** @example 75 */
            unit_price: number;
            /** @example 750 */
            total_amount: number;
            /** @example hours */
            unit: string | null;
            stock_item_id?: number | null;
            warehouse_id?: number | null;
            is_stock_item?: boolean;
            /** @example 0 */
            position: number;
            created_at?: components["schemas"]["NaiveDateTime"];
        };
        Quote: {
            /** @example 1 */
            id: number;
            /** @example Q-2026-0001 */
            quote_number: string;
            /** @example 1 */
            client_id: number;
            /** @example Website maintenance retainer */
            title: string;
            /** @example Monthly maintenance and support */
            description: string | null;
            status: components["schemas"]["QuoteStatus"];
            /** @example 750 */
            subtotal: number;
            /** @enum {string|null} */
            discount_type?: "percentage" | "fixed" | null;
            /** @example 0 */
            discount_amount: number;
            discount_value?: number | null;
            discount_reason?: string | null;
            coupon_code?: string | null;
            /** @example 750 */
            subtotal_after_discount: number;
            /** @example 21 */
            tax_rate: number;
            /** @example 157.5 */
            tax_amount: number;
            /** @example 907.5 */
            total_amount: number;
            /** @example EUR */
            currency_code: string;
            /**
             * Format: date
             * @example 2026-02-28
             */
            valid_until: string | null;
            sent_at?: string | null;
            accepted_at?: string | null;
            rejected_at?: string | null;
            project_id: number | null;
            /** @example 1 */
            created_by: number;
            accepted_by?: number | null;
            created_at: components["schemas"]["NaiveDateTime"];
            updated_at: components["schemas"]["NaiveDateTime"];
            notes?: string | null;
            terms?: string | null;
            visible_to_client?: boolean;
            template_id?: number | null;
            is_draft: boolean;
            is_sent: boolean;
            is_accepted: boolean;
            is_rejected: boolean;
            is_expired: boolean;
            can_be_accepted?: boolean;
            has_project?: boolean;
            items: components["schemas"]["QuoteItem"][];
        };
        QuoteItemInput: {
            /** @example Monthly maintenance */
            description: string;
            /**
             * @default 1
             * @example 10
             */
            quantity?: number;
            /**
             * @default 0
             * @example 75
             */
            unit_price?: number;
            /** @example hours */
            unit?: string | null;
            /** @enum {string} */
            line_kind?: "item" | "expense" | "good";
            display_name?: string | null;
            category?: string | null;
            /** Format: date */
            line_date?: string | null;
            sku?: string | null;
            /** Format: int32 */
            stock_item_id?: number | null;
            /** Format: int32 */
            warehouse_id?: number | null;
        };
        QuoteCreate: {
            /**
             * Format: int32
             * @example 1
             */
            client_id: number;
            /** @example Website maintenance retainer */
            title: string;
            /** @example Monthly maintenance and support */
            description?: string | null;
            total_amount?: number;
            hourly_rate?: number;
            estimated_hours?: number;
            /** @example 21 */
            tax_rate?: number;
            /**
             * @default EUR
             * @example EUR
             */
            currency_code?: string;
            /** Format: date */
            valid_until?: string | null;
            items?: components["schemas"]["QuoteItemInput"][];
        };
        QuoteUpdate: {
            /** @example Website maintenance retainer (2026) */
            title?: string;
            description?: string | null;
            tax_rate?: number;
            currency_code?: string;
            status?: components["schemas"]["QuoteStatus"];
            /** Format: date */
            valid_until?: string | null;
            /** @description Replaces all items. */
            items?: components["schemas"]["QuoteItemInput"][];
        };
        QuoteList: {
            quotes: components["schemas"]["Quote"][];
            pagination: components["schemas"]["Pagination"];
        };
        QuoteEnvelope: {
            quote: components["schemas"]["Quote"];
        };
        QuoteWritten: {
            /** @example Quote created successfully */
            message: string;
            quote: components["schemas"]["Quote"];
        };
        /** @description A tax rule as `GET /tax-rules` shows it (`api_v1.py:1917`, `models/tax_rule.py`). Dates `YYYY-MM-DD`. */
        TaxRule: {
            id: number;
            name: string;
            /** @description ISO 3166-1 alpha-2. */
            country: string | null;
            region: string | null;
            client_id: number | null;
            project_id: number | null;
            /** @example VAT */
            tax_code: string | null;
            /** @example 19 */
            rate_percent: number;
            compound: boolean;
            /** @description Prices include the tax. */
            inclusive: boolean;
            /** Format: date */
            start_date: string | null;
            /** Format: date */
            end_date: string | null;
            active: boolean;
            created_at: string | null;
        };
        /** @description `name` and `rate_percent` are required (checked by the route, `Missing required fields: ...`). */
        TaxRuleCreate: {
            name?: string;
            rate_percent?: number;
            country?: string | null;
            region?: string | null;
            /** Format: int32 */
            client_id?: number | null;
            /** Format: int32 */
            project_id?: number | null;
            tax_code?: string | null;
            compound?: boolean;
            inclusive?: boolean;
            /** Format: date */
            start_date?: string | null;
            /** Format: date */
            end_date?: string | null;
            active?: boolean;
        };
        TaxRuleUpdate: {
            name?: string;
            rate_percent?: number;
            country?: string | null;
            region?: string | null;
            /** Format: int32 */
            client_id?: number | null;
            /** Format: int32 */
            project_id?: number | null;
            tax_code?: string | null;
            compound?: boolean;
            inclusive?: boolean;
            /** Format: date */
            start_date?: string | null;
            /** Format: date */
            end_date?: string | null;
            active?: boolean;
        };
        TaxRuleList: {
            tax_rules: components["schemas"]["TaxRule"][];
        };
        TaxRuleCreated: {
            /** @example Tax rule created successfully */
            message: string;
            tax_rule: {
                id: number;
            };
        };
        /** @description A currency as `GET /currencies` shows it (`api_v1.py:2032`, `models/currency.py:6`). */
        Currency: {
            /** @example EUR */
            code: string;
            /** @example Euro */
            name: string;
            /** @example € */
            symbol: string | null;
            /** @example 2 */
            decimal_places: number;
            is_active: boolean;
        };
        /** @description `code` and `name` are required (checked by the route, `Missing required fields: ...`). */
        CurrencyCreate: {
            /** @description Stored trimmed and upper-case; at most 3 characters then. */
            code?: string;
            name?: string;
            symbol?: string | null;
            /** Format: int32 */
            decimal_places?: number;
            is_active?: boolean;
        };
        CurrencyUpdate: {
            name?: string;
            symbol?: string | null;
            /** Format: int32 */
            decimal_places?: number;
            is_active?: boolean;
        };
        CurrencyList: {
            currencies: components["schemas"]["Currency"][];
        };
        CurrencyCreated: {
            /** @example Currency created successfully */
            message: string;
            currency: {
                code: string;
            };
        };
        /** @description A rate: 1 `base_code` = `rate` `quote_code` on `date` (`api_v1.py:2099`, `models/currency.py:24`). */
        ExchangeRate: {
            id: number;
            /** @example EUR */
            base_code: string;
            /** @example USD */
            quote_code: string;
            /** @example 1.0843 */
            rate: number;
            /** Format: date */
            date: string;
            /** @example ECB */
            source: string | null;
        };
        /** @description `base_code`, `quote_code`, `rate` and `date` are required (checked by the route, `Missing required fields: ...`). */
        ExchangeRateCreate: {
            base_code?: string;
            quote_code?: string;
            rate?: number;
            /** @description YYYY-MM-DD (else `Invalid date`). */
            date?: string;
            source?: string | null;
        };
        ExchangeRateUpdate: {
            rate?: number;
            /** Format: date */
            date?: string;
            source?: string | null;
        };
        ExchangeRateList: {
            exchange_rates: components["schemas"]["ExchangeRate"][];
        };
        ExchangeRateCreated: {
            /** @example Exchange rate created successfully */
            message: string;
            exchange_rate: {
                id: number;
            };
        };
        /** @description The PDF layout of one page size (`models/invoice_pdf_template.py:114`): legacy HTML/CSS, the visual editor's Konva state and the ReportLab JSON, each `""` when unset. */
        InvoicePdfTemplate: {
            id: number;
            /** @example A4 */
            page_size: string;
            template_html: string;
            template_css: string;
            design_json: string;
            /** @description JSON text (`{page, elements, styles}`) or empty. */
            template_json: string;
            is_default: boolean;
            created_at: string | null;
            updated_at: string | null;
        };
        InvoicePdfTemplateList: {
            templates: components["schemas"]["InvoicePdfTemplate"][];
        };
        InvoicePdfTemplateEnvelope: {
            template: components["schemas"]["InvoicePdfTemplate"];
        };
        /** @description A reusable invoice theme (`api_v1.py:2268`, `models/invoice_template.py`). */
        InvoiceTemplate: {
            id: number;
            name: string;
            description: string | null;
            html: string;
            css: string;
            is_default: boolean;
            created_at: string | null;
            updated_at: string | null;
        };
        /** @description `name` is required (checked by the route after trimming, `name is required`). */
        InvoiceTemplateCreate: {
            name?: string;
            description?: string | null;
            html?: string | null;
            css?: string | null;
            is_default?: boolean;
        };
        InvoiceTemplateUpdate: {
            name?: string | null;
            description?: string | null;
            html?: string | null;
            css?: string | null;
            is_default?: boolean;
        };
        InvoiceTemplateList: {
            templates: components["schemas"]["InvoiceTemplate"][];
        };
        InvoiceTemplateEnvelope: {
            template: components["schemas"]["InvoiceTemplate"];
        };
        InvoiceTemplateCreated: {
            /** @example Invoice template created successfully */
            message: string;
            template: {
                id: number;
            };
        };
        InventoryMovement: {
            /** @example 11 */
            id: number;
            /** @example transfer */
            movement_type: string;
            /** @example 1 */
            stock_item_id: number;
            /** @example 2 */
            warehouse_id: number;
            /**
             * @description Negative for the outgoing leg of a transfer.
             * @example -10
             */
            quantity: number;
            /** @example transfer */
            reference_type: string | null;
            /** @example 1767225600000 */
            reference_id: number | null;
            /** @example 4.5 */
            unit_cost: number | null;
            /** @example Transfer from WH-A to WH-B */
            reason: string | null;
            notes: string | null;
            /** @example 1 */
            moved_by: number;
            moved_at: components["schemas"]["NaiveDateTime"];
        };
        Transfer: {
            /** @example 1767225600000 */
            reference_id: number;
            moved_at: components["schemas"]["NaiveDateTime"];
            /** @example 1 */
            stock_item_id: number;
            /** @example 2 */
            from_warehouse_id: number;
            /** @example 3 */
            to_warehouse_id: number;
            /** @example 10 */
            quantity: number;
            /** @example Restock the shop */
            notes: string | null;
            /**
             * @example [
             *       11,
             *       12
             *     ]
             */
            movement_ids: number[];
        };
        TransferDetail: {
            reference_id: number;
            moved_at: components["schemas"]["NaiveDateTime"];
            stock_item_id: number;
            from_warehouse_id: number;
            to_warehouse_id: number;
            quantity: number;
            notes: string | null;
            movements: components["schemas"]["InventoryMovement"][];
        };
        TransferCreate: {
            /**
             * Format: int32
             * @example 1
             */
            stock_item_id: number;
            /**
             * Format: int32
             * @example 1
             */
            from_warehouse_id: number;
            /**
             * Format: int32
             * @example 2
             */
            to_warehouse_id: number;
            /** @example 10 */
            quantity: number;
            /** @example Optional notes */
            notes?: string | null;
        };
        TransferCreated: {
            /** @example Stock transfer completed successfully */
            message: string;
            /** @example 1767225600000 */
            reference_id: number;
            transfers: {
                movement_id: number;
                movement: components["schemas"]["InventoryMovement"];
            }[];
        };
        TransferList: {
            transfers: components["schemas"]["Transfer"][];
            pagination: components["schemas"]["Pagination"];
        };
        ValuationReport: {
            /** @example 15230.5 */
            total_value: number;
            /** @description Warehouse id -> value. */
            by_warehouse: {
                [key: string]: {
                    warehouse_id: number;
                    warehouse_name: string;
                    warehouse_code: string;
                    value: number;
                    currency: string;
                };
            };
            /** @description Category name -> value. */
            by_category: {
                [key: string]: {
                    category: string;
                    value: number;
                    currency: string;
                };
            };
            item_details: {
                item_id: number;
                sku: string;
                name: string;
                category: string | null;
                warehouse_id: number;
                warehouse_name: string;
                quantity: number;
                cost: number;
                value: number;
                currency: string;
            }[];
            /** @example EUR */
            currency: string;
            warehouse_id?: number | null;
            category?: string | null;
        };
        MovementHistoryReport: {
            movements: {
                id: number;
                date: components["schemas"]["NaiveDateTime"];
                item_id: number;
                item_sku: string;
                item_name: string;
                warehouse_id: number;
                warehouse_name: string;
                quantity: number;
                /** @example transfer */
                type: string;
                /** @example transfer#1767225600000 */
                reference: string | null;
                notes: string | null;
            }[];
            total_movements: number;
            /** @description Present only when both `page` and `per_page` are given. */
            pagination?: components["schemas"]["Pagination"];
        };
        TurnoverReport: {
            start_date: components["schemas"]["NaiveDateTime"];
            end_date: components["schemas"]["NaiveDateTime"];
            items: {
                item_id: number;
                sku: string;
                name: string;
                quantity_sold: number;
                avg_stock: number;
                turnover_rate: number;
                days_on_hand: number | null;
            }[];
        };
        LowStockReport: {
            items: {
                item_id: number;
                item_sku: string;
                item_name: string;
                warehouse_id: number;
                warehouse_code: string;
                warehouse_name: string;
                quantity_on_hand: number;
                reorder_point: number;
                reorder_quantity: number | null;
                shortfall: number;
            }[];
        };
        /** @description The real server's `StockItem.to_dict` (models/stock_item.py:152). Amounts are floats; a zero or unset cost, price, reorder point or total is null (the model tests truthiness). The totals are null for an item that is not trackable. */
        StockItem: {
            id: number;
            /** @example CAB-CAT6 */
            sku: string;
            name: string;
            description: string | null;
            category: string | null;
            /** @example pcs */
            unit: string;
            default_cost: number | null;
            default_price: number | null;
            /** @example EUR */
            currency_code: string;
            barcode: string | null;
            is_active: boolean;
            is_trackable: boolean;
            reorder_point: number | null;
            reorder_quantity: number | null;
            /** @description A free-text supplier name (not a supplier id). */
            supplier: string | null;
            supplier_sku: string | null;
            image_url: string | null;
            notes: string | null;
            created_at: string | null;
            updated_at: string | null;
            created_by: number;
            /** @description Sum over warehouses; null when 0. */
            total_quantity_on_hand: number | null;
            total_quantity_reserved: number | null;
            total_quantity_available: number | null;
            /** @description A warehouse holds less than the reorder point. */
            is_low_stock: boolean;
        };
        StockItemCreate: {
            sku: string;
            name: string;
            description?: string | null;
            category?: string | null;
            unit?: string;
            default_cost?: number | null;
            default_price?: number | null;
            barcode?: string | null;
            is_trackable?: boolean;
            currency_code?: string;
            is_active?: boolean;
        };
        StockItemUpdate: {
            name?: string;
            description?: string | null;
            category?: string | null;
            unit?: string;
            default_cost?: number | null;
            default_price?: number | null;
            barcode?: string | null;
            is_trackable?: boolean;
            currency_code?: string;
            is_active?: boolean;
        };
        StockItemList: {
            items: components["schemas"]["StockItem"][];
            pagination: components["schemas"]["Pagination"];
        };
        StockItemEnvelope: {
            item: components["schemas"]["StockItem"];
        };
        StockItemSaved: {
            message: string;
            item: components["schemas"]["StockItem"];
        };
        StockAvailability: {
            item_id: number;
            item_sku: string;
            item_name: string;
            availability: {
                warehouse_id: number;
                warehouse_code: string;
                warehouse_name: string;
                quantity_on_hand: number;
                quantity_reserved: number;
                quantity_available: number;
                location: string | null;
            }[];
        };
        /** @description The real server's `Warehouse.to_dict` (models/warehouse.py:57). */
        Warehouse: {
            id: number;
            name: string;
            /** @example WH-MAIN */
            code: string;
            address: string | null;
            contact_person: string | null;
            contact_email: string | null;
            contact_phone: string | null;
            is_active: boolean;
            notes: string | null;
            created_at: string | null;
            updated_at: string | null;
            created_by: number;
        };
        WarehouseList: {
            items: components["schemas"]["Warehouse"][];
            pagination: components["schemas"]["Pagination"];
        };
        StockLevelList: {
            stock_levels: {
                warehouse: components["schemas"]["Warehouse"];
                stock_item: components["schemas"]["StockItem"];
                quantity_on_hand: number;
                quantity_reserved: number;
                quantity_available: number;
                location: string | null;
            }[];
        };
        /** @description The real server's `WarehouseStock.to_dict` (models/warehouse_stock.py:81): one item's stock in one warehouse. */
        WarehouseStock: {
            id: number;
            warehouse_id: number;
            stock_item_id: number;
            quantity_on_hand: number;
            quantity_reserved: number;
            quantity_available: number;
            location: string | null;
            last_counted_at: string | null;
            last_counted_by: number | null;
            created_at: string | null;
            updated_at: string | null;
        };
        StockMovementCreate: {
            /**
             * @description Default `adjustment`. The real server stores any string; the mock takes the model's types and the two the turnover report counts.
             * @enum {string}
             */
            movement_type?: "adjustment" | "transfer" | "sale" | "rent" | "purchase" | "return" | "waste" | "devaluation" | "usage" | "consumption";
            /** Format: int32 */
            stock_item_id: number;
            /** Format: int32 */
            warehouse_id: number;
            /** @description Signed: negative takes stock out. */
            quantity: number;
            reason?: string | null;
            notes?: string | null;
            reference_type?: string | null;
            /** Format: int32 */
            reference_id?: number | null;
            unit_cost?: number | null;
            devalue_enabled?: boolean;
            /** @enum {string} */
            devalue_method?: "percent" | "fixed";
            devalue_percent?: number | null;
            devalue_unit_cost?: number | null;
        };
        /** @description `movement` and `updated_stock` are absent after a `devaluation` (its answer is only the message). */
        StockMovementRecorded: {
            message: string;
            movement?: components["schemas"]["InventoryMovement"];
            updated_stock?: components["schemas"]["WarehouseStock"] | null;
        };
        /** @description The real server's `Supplier.to_dict` (models/supplier.py:71). */
        Supplier: {
            id: number;
            /** @example ACME */
            code: string;
            name: string;
            description: string | null;
            contact_person: string | null;
            email: string | null;
            phone: string | null;
            address: string | null;
            website: string | null;
            tax_id: string | null;
            /** @example Net 30 */
            payment_terms: string | null;
            currency_code: string;
            is_active: boolean;
            notes: string | null;
            created_at: string | null;
            updated_at: string | null;
            created_by: number;
        };
        SupplierCreate: {
            code: string;
            name: string;
            contact_person?: string | null;
            email?: string | null;
            phone?: string | null;
            address?: string | null;
            website?: string | null;
            notes?: string | null;
            is_active?: boolean;
        };
        SupplierUpdate: {
            code?: string;
            name?: string;
            contact_person?: string | null;
            email?: string | null;
            phone?: string | null;
            address?: string | null;
            website?: string | null;
            notes?: string | null;
            is_active?: boolean;
        };
        SupplierList: {
            items: components["schemas"]["Supplier"][];
            pagination: components["schemas"]["Pagination"];
        };
        SupplierEnvelope: {
            supplier: components["schemas"]["Supplier"];
        };
        SupplierSaved: {
            message: string;
            supplier: components["schemas"]["Supplier"];
        };
        SupplierStockItemList: {
            items: {
                id: number;
                supplier_id: number;
                stock_item_id: number;
                supplier_sku: string | null;
                /** @description The supplier's name for this product. */
                supplier_name: string | null;
                unit_cost: number | null;
                currency_code: string;
                minimum_order_quantity: number | null;
                lead_time_days: number | null;
                is_preferred: boolean;
                is_active: boolean;
                notes: string | null;
                created_at: string | null;
                updated_at: string | null;
                stock_item: components["schemas"]["StockItem"] | null;
            }[];
        };
        /** @description `PurchaseOrderItem.to_dict` (models/purchase_order.py:228). */
        PurchaseOrderItem: {
            id: number;
            purchase_order_id: number;
            stock_item_id: number | null;
            supplier_stock_item_id: number | null;
            description: string;
            supplier_sku: string | null;
            quantity_ordered: number;
            quantity_received: number;
            unit_cost: number;
            line_total: number;
            currency_code: string;
            warehouse_id: number | null;
            notes: string | null;
        };
        /** @description `PurchaseOrder.to_dict` (models/purchase_order.py:141). `internal_notes` is never shown. */
        PurchaseOrder: {
            id: number;
            /** @example PO-20270110-0001 */
            po_number: string;
            supplier_id: number;
            supplier_name: string | null;
            /** @enum {string} */
            status: "draft" | "sent" | "confirmed" | "received" | "cancelled";
            /** Format: date */
            order_date: string | null;
            /** Format: date */
            expected_delivery_date: string | null;
            /** Format: date */
            received_date: string | null;
            subtotal: number;
            tax_amount: number;
            shipping_cost: number;
            total_amount: number;
            currency_code: string;
            notes: string | null;
            created_at: string | null;
            updated_at: string | null;
            created_by: number;
            items: components["schemas"]["PurchaseOrderItem"][];
        };
        PurchaseOrderItemInput: {
            description?: string;
            quantity_ordered?: number;
            unit_cost?: number;
            /** Format: int32 */
            stock_item_id?: number | null;
            /** Format: int32 */
            supplier_stock_item_id?: number | null;
            supplier_sku?: string | null;
            /** Format: int32 */
            warehouse_id?: number | null;
        };
        PurchaseOrderCreate: {
            /** Format: int32 */
            supplier_id: number;
            /** Format: date */
            order_date?: string;
            /** Format: date */
            expected_delivery_date?: string | null;
            notes?: string | null;
            internal_notes?: string | null;
            currency_code?: string;
            items?: components["schemas"]["PurchaseOrderItemInput"][];
        };
        PurchaseOrderUpdate: {
            /** Format: date */
            order_date?: string;
            /** Format: date */
            expected_delivery_date?: string | null;
            notes?: string | null;
            internal_notes?: string | null;
            currency_code?: string;
            items?: components["schemas"]["PurchaseOrderItemInput"][];
        };
        PurchaseOrderReceive: {
            /** Format: date */
            received_date?: string;
            items?: {
                /**
                 * Format: int32
                 * @description The purchase-order line's id (not the stock item's).
                 */
                item_id?: number;
                quantity_received?: number;
            }[];
        };
        PurchaseOrderList: {
            items: components["schemas"]["PurchaseOrder"][];
            pagination: components["schemas"]["Pagination"];
        };
        PurchaseOrderEnvelope: {
            purchase_order: components["schemas"]["PurchaseOrder"];
        };
        PurchaseOrderSaved: {
            message: string;
            purchase_order: components["schemas"]["PurchaseOrder"];
        };
        SummaryReport: {
            summary: {
                start_date: components["schemas"]["NaiveDateTime"];
                end_date: components["schemas"]["NaiveDateTime"];
                /** @example 160.5 */
                total_hours: number;
                /** @example 145 */
                billable_hours: number;
                /** @example 85 */
                total_entries: number;
                by_project: {
                    /** @example 1 */
                    project_id: number;
                    /** @example Website Redesign */
                    project_name: string;
                    /** @example 85.5 */
                    hours: number;
                    /** @example 45 */
                    entries: number;
                }[];
            };
        };
        /** @description Real server does not send `is_admin` (the role says it); first-party clients that read it fall back. */
        User: {
            /** @example 2 */
            id: number;
            /** @example alice */
            username: string;
            /** @example alice@example.com */
            email: string | null;
            /** @example Alice Martin */
            full_name: string | null;
            /** @example Alice Martin */
            display_name: string;
            /** @example user */
            role: string;
            created_at: components["schemas"]["NaiveDateTime"];
            last_login: string | null;
            /** @example true */
            is_active: boolean;
            /** @example 412.5 */
            total_hours: number;
            /** @example null */
            avatar_url: string | null;
            /** @example available */
            status: string | null;
            /** @example YYYY-MM-DD */
            date_format: string;
            /** @example 24h */
            time_format: string;
            /** @example UTC */
            timezone: string | null;
            /** @example 8 */
            standard_hours_per_day: number;
            /** @example false */
            overtime_include_weekends: boolean;
        };
        CurrentUser: {
            user: components["schemas"]["User"];
            time_entry_requirements: {
                /** @example false */
                require_task: boolean;
                /** @example false */
                require_description: boolean;
                /** @example 0 */
                description_min_length: number;
            };
            /**
             * @example [
             *       "clients",
             *       "inventory",
             *       "quotes"
             *     ]
             */
            enabled_modules: string[];
        };
        UserList: {
            users: components["schemas"]["User"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description An attendance work period (clock-in to clock-out; `AttendanceWorkPeriod.to_dict`). */
        WorkPeriod: {
            /** @example 3 */
            id: number;
            /** @example 12 */
            attendance_day_id: number;
            /** @example 2 */
            user_id: number;
            start_time: components["schemas"]["NaiveDateTime"];
            end_time: string | null;
            /** @description Set when the period ends. */
            duration_seconds: number | null;
            /** @example desktop */
            source: string;
            auto_closed: boolean;
            notes: string | null;
            is_active: boolean;
            workday_session_id: number | null;
        };
        /** @description A break within a work period (`AttendanceBreak.to_dict`). */
        AttendanceBreak: {
            id: number;
            attendance_day_id: number;
            work_period_id: number | null;
            user_id: number;
            start_time: components["schemas"]["NaiveDateTime"];
            end_time: string | null;
            duration_seconds: number | null;
            /** @example rest */
            break_type: string;
            is_active: boolean;
        };
        /** @description One user's attendance day (`DailyAttendanceRecord.to_dict(include_periods=True)`). */
        AttendanceDay: {
            id: number;
            user_id: number;
            work_date: components["schemas"]["Date"];
            /** @enum {string} */
            status: "present" | "absent" | "partial" | "holiday";
            time_off_request_id?: number | null;
            leave_type_id?: number | null;
            leave_type_name?: string | null;
            total_work_seconds: number;
            total_break_seconds: number;
            total_work_hours: number;
            total_break_hours: number;
            locked_at?: string | null;
            locked_by?: number | null;
            is_locked: boolean;
            timesheet_period_id?: number | null;
            compliance_notes?: string | null;
            created_at?: string | null;
            updated_at?: string | null;
            work_periods: components["schemas"]["WorkPeriod"][];
            breaks: components["schemas"]["AttendanceBreak"][];
        };
        AttendanceState: {
            /** @example true */
            work_active: boolean;
            /** @example false */
            break_active: boolean;
            work_period: components["schemas"]["WorkPeriod"] | null;
            break: components["schemas"]["AttendanceBreak"] | null;
            /** @description Today's attendance day, or null before the first clock-in. */
            today: components["schemas"]["AttendanceDay"] | null;
        };
        /** @description `{"success": true, "data": {...}}` as the real server sends it (the desktop dashboard reads `work_active`/`break_active` under `data`; the mobile app reads `work_period` and `today`). */
        AttendanceStatus: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["AttendanceState"];
        };
        BreakAction: {
            /** @enum {boolean} */
            success: true;
            /** @example Break started */
            message: string;
            data: {
                break: components["schemas"]["AttendanceBreak"];
            };
        };
        /** @description A workday session (`WorkdaySession.to_dict`), mirrored by a work period. */
        WorkdaySession: {
            id: number;
            user_id: number;
            start_time: components["schemas"]["NaiveDateTime"];
            end_time: string | null;
            duration_seconds: number | null;
            /** @example 01:30:00 */
            duration_formatted: string | null;
            current_duration_seconds: number;
            notes: string | null;
            auto_closed: boolean;
            /** @example desktop */
            source: string;
            is_active: boolean;
        };
        WorkdayStatus: {
            /** @enum {boolean} */
            success: true;
            data: {
                active: boolean;
                session: components["schemas"]["WorkdaySession"] | null;
            };
        };
        WorkdayAction: {
            /** @enum {boolean} */
            success: true;
            /** @example Workday started */
            message: string;
            data: {
                session: components["schemas"]["WorkdaySession"];
            };
        };
        WorkdayStart: {
            notes?: string | null;
            /** @example desktop */
            source?: string;
        };
        BreakStart: {
            /**
             * @default rest
             * @example rest
             */
            break_type?: string;
        };
        VersionCheck: {
            update_available: boolean;
            /** @example 4.0.0 */
            current_version: string | null;
            /** @example 4.1.0 */
            latest_version: string | null;
            release_notes: string | null;
            /** @example 2026-04-01T10:00:00Z */
            published_at: string | null;
            release_url: string | null;
        };
        VersionDismiss: {
            /** @example 4.1.0 */
            latest_version: string;
        };
        Ok: {
            /** @enum {boolean} */
            ok: true;
        };
        ValueDashboard: {
            /** @example 132.5 */
            total_hours: number;
            /** @example 248 */
            entries_count: number;
            /** @example 18 */
            active_days: number;
            /** @example 1.4 */
            avg_session_length: number;
            /** @enum {string|null} */
            most_productive_day: "Sunday" | "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | null;
            this_week_hours: number;
            this_month_hours: number;
            last_7_days: {
                date: components["schemas"]["Date"];
                hours: number;
            }[];
            /** @example 1234.56 */
            estimated_value_tracked: number | null;
            /** @example EUR */
            estimated_value_currency: string;
        };
        WeekHours: {
            total_hours: number;
            by_day: {
                day: components["schemas"]["Date"];
                hours: number;
            }[];
        };
        WeekComparison: {
            current_week: components["schemas"]["WeekHours"];
            last_week: components["schemas"]["WeekHours"];
            /** @example -15.9 */
            change_percent: number | null;
        };
        /** @description Harvest's `GET /account/rate_limit_status` (not wrapped in a root key). */
        RateLimitStatus: {
            /** @example 2026-01-15T09:00:00 */
            last_access_at: string | null;
            /** @example 12 */
            count: number;
            /** @example 15 */
            timeframe_limit: number;
            /** @example 100 */
            max_calls: number;
            /** @example 0 */
            lockout_seconds: number;
        };
    };
    responses: {
        /** @description No token, a malformed, unknown, revoked or expired token, or an inactive user. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The token lacks the operation's scope (or the user's role does not allow it). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Insufficient permissions",
                 *       "message": "This endpoint requires the 'write:projects' scope",
                 *       "error_code": "forbidden",
                 *       "required_scope": "write:projects",
                 *       "available_scopes": [
                 *         "read:projects",
                 *         "read:time_entries"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ForbiddenError"];
            };
        };
        /** @description No such resource (or no such route). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Project with ID 999 not found",
                 *       "message": "Project with ID 999 not found",
                 *       "error_code": "not_found"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The AI helper is turned off (the real server's default, `AI_ENABLED` unset). */
        AiDisabled: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "success": false,
                 *       "error": "AI helper is disabled",
                 *       "message": "AI helper is disabled",
                 *       "error_code": "ai_disabled"
                 *     }
                 */
                "application/json": components["schemas"]["AiError"];
            };
        };
        /** @description The request is invalid (field-level messages in `errors`). */
        ValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Validation failed",
                 *       "message": "Validation failed",
                 *       "error_code": "validation_error",
                 *       "errors": {
                 *         "name": [
                 *           "Name is required"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request conflicts with the current state. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Time entry was modified on the server. Refresh and try again.",
                 *       "message": "Time entry was modified on the server. Refresh and try again.",
                 *       "error_code": "conflict"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The body is larger than the mock accepts (JSON bodies 1 MiB, any body 10 MiB over HTTP). Real server: Flask's `MAX_CONTENT_LENGTH` answers an HTML 413. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Payload Too Large",
                 *       "message": "JSON bodies are limited to 1048576 bytes",
                 *       "error_code": "payload_too_large"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A body was sent without `Content-Type: application/json`. Real server puts the integer 415 in `error_code`. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Unsupported Media Type",
                 *       "message": "Request body must be JSON (Content-Type application/json)",
                 *       "error_code": "unsupported_media_type"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Over the per-token rate limit. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RateLimitError"];
            };
        };
    };
    parameters: {
        /** @description Items per page. Not capped on this list (as the real server). */
        PerPageUncapped: number;
        /** @example 1 */
        TemplateId: number;
        /** @example 1 */
        WebhookId: number;
        /** @example 1 */
        InvoiceId: number;
        /** @example 1 */
        ApprovalId: number;
        /** @example 1 */
        CreditNoteId: number;
        /** @example 1 */
        RecurringInvoiceId: number;
        /** @description Page size of the PDF (A4, Letter, Legal, A3, A5, Tabloid); any other value gives A4, as the real server. */
        PdfPageSize: string;
        /** @example 1 */
        PaymentId: number;
        /** @example 1 */
        ExpenseId: number;
        /** @example 1 */
        MileageId: number;
        /** @example 1 */
        TrackId: number;
        /** @example 1 */
        PerDiemId: number;
        /** @example 1 */
        PeriodId: number;
        /** @example 1 */
        LeaveTypeId: number;
        /** @example 1 */
        TimeOffRequestId: number;
        /** @example 1 */
        HolidayId: number;
        /** @description Page number (1-based). */
        Page: number;
        /** @description Items per page (documented default 50, max 100); values above 100 are capped at 100 (`x-clamp`). Real server falls back to the default for non-integers instead of answering 400, and does not cap the tasks and quotes lists. */
        PerPage: number;
        /** @example 1 */
        ProjectId: number;
        /** @example 1 */
        CostId: number;
        /** @example 1 */
        FilterId: number;
        /** @example 1 */
        CommentId: number;
        /** @example 1 */
        AlertId: number;
        /** @example 1 */
        EntryId: number;
        /** @example 1 */
        TaskId: number;
        /**
         * @description A column's id (the example is the seeded global `on_hold`, not a system column, so it can be deleted).
         * @example 5
         */
        KanbanColumnId: number;
        /** @example 1 */
        IssueId: number;
        /** @example 1 */
        CalendarEventId: number;
        /** @description Only the rows of this project. Real server reads it as an int with a fallback (a non-integer is ignored). */
        BoardsProjectFilter: number;
        /** @description Only the issues of this client. Real server ignores a non-integer. */
        IssueClientFilter: number;
        /** @description Only the issues in this status (exact match; an unknown status matches nothing). */
        IssueStatusFilter: string;
        /**
         * @description Events starting at or after this time (ISO date or datetime; a date is its midnight). Real server ignores a value it cannot parse.
         * @example 2026-11-01
         */
        CalendarStart: string;
        /**
         * @description Events starting at or before this time (ISO date or datetime). A date-only value is its midnight, so events later that day are left out (as on the real server).
         * @example 2026-11-30
         */
        CalendarEnd: string;
        /** @example 1 */
        ClientId: number;
        /** @example 1 */
        NoteId: number;
        /** @example 1 */
        ContactId: number;
        /** @example 1 */
        DealId: number;
        /** @example 1 */
        LeadId: number;
        /** @example 1 */
        QuoteId: number;
        /** @example 1 */
        TaxRuleId: number;
        /**
         * @description A currency code, matched upper-case (`eur` names EUR).
         * @example EUR
         */
        CurrencyCode: string;
        /** @example 1 */
        ExchangeRateId: number;
        /**
         * @description A page size the real server can lay out (`utils/pdf_template_schema.py:13`).
         * @example A4
         */
        PageSize: "A4" | "A5" | "A3" | "Letter" | "Legal" | "Tabloid";
        /** @example 1 */
        InvoiceTemplateId: number;
        /**
         * @description The transfer's reference id (creation time in epoch milliseconds on the real server).
         * @example 1767225600000
         */
        ReferenceId: number;
        /** @example 1 */
        StockItemId: number;
        /** @example 1 */
        SupplierId: number;
        /** @example 1 */
        PurchaseOrderId: number;
        /** @description ISO 8601 date or datetime (`Z` and offsets accepted). A value that is not a real date (`2026-13-45`, `now`) is a 400 `validation_error`. Real server: ignores it and answers the list unfiltered. */
        StartDate: string;
        /** @description ISO 8601 date or datetime. A date-only value means the end of that day. A value that is not a real date is a 400 `validation_error` (real server: ignored). */
        EndDate: string;
        /** @description On or after this date (YYYY-MM-DD). */
        DateFrom: string;
        /** @description On or before this date (YYYY-MM-DD). */
        DateTo: string;
        /**
         * @description Makes the create safe to retry. The first successful (201) response is
         *     stored for 24 hours per token; a repeat with the same key from the same
         *     token returns the same status and body and creates nothing. Keys longer
         *     than 128 characters (after trimming) are ignored, as on the real server.
         */
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: {
        /** @description Requests allowed per window for this token (the tighter window in force, normally the minute). The three X-RateLimit-* headers come together: sent on every authenticated response while a per-token limit is in force, none of them when every limit is turned off (`x-header-group`). Real server does not send it. */
        "X-RateLimit-Limit": number;
        /** @description Requests left in the current window. Sent with the other X-RateLimit-* headers, or not at all. Real server does not send it. */
        "X-RateLimit-Remaining": number;
        /** @description Unix time (seconds) when the current window resets. Sent with the other X-RateLimit-* headers, or not at all. Real server does not send it. */
        "X-RateLimit-Reset": number;
        /** @description Seconds until the window that was exceeded resets. */
        "Retry-After": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description API information. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Info"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API is operational. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "username": "admin",
                 *       "password": "admin"
                 *     }
                 */
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description A new token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            /** @description Unknown user, wrong password, or an inactive account. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description More than 5 logins per minute from this address. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    search: {
        parameters: {
            query: {
                /**
                 * @description Search text, at least 2 characters after trimming.
                 * @example website
                 */
                q: string;
                /** @description Maximum results per category. */
                limit?: number;
                /** @description Comma-separated subset of `project,task,client,entry`; unknown names are dropped. */
                types?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matches. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResponse"];
                };
            };
            /** @description The query is shorter than 2 characters. Real server sends only `error`, `results`, `partial`, `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    webSearch: {
        parameters: {
            query: {
                /** @example website */
                q: string;
                limit?: number;
                types?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matches. */
            200: {
                headers: {
                    /** @description Always `true`. */
                    "X-API-Deprecated"?: "true";
                    /** @description `</api/v1/search>; rel="successor-version"` */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResponse"];
                };
            };
            /** @description Not logged in (no session, or an API token instead of one); a redirect to the login page, as the real server's `@login_required` does. */
            302: {
                headers: {
                    /** @description The login page, e.g. `/login?next=%2Fapi%2Fsearch`. */
                    Location: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            404: components["responses"]["NotFound"];
        };
    };
    getLoginPage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The login page. */
            200: {
                headers: {
                    /** @description `session=<pre-login session>; HttpOnly; Path=/` (it carries the CSRF secret). */
                    "Set-Cookie": string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    webLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @example admin */
                    username: string;
                    /** @example admin */
                    password: string;
                    csrf_token: string;
                };
            };
        };
        responses: {
            /** @description Wrong credentials; the login page again, with the message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Logged in; a redirect to the dashboard. */
            302: {
                headers: {
                    Location: string;
                    /** @description `session=<session>; HttpOnly; Path=/` */
                    "Set-Cookie": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The CSRF token is missing or does not match the session. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description More than 5 logins per minute from this address. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    checkVersion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Version information. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionCheck"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not an administrator. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "forbidden",
                     *       "message": "Admin only",
                     *       "error_code": "forbidden"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    dismissVersion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "latest_version": "4.1.0"
                 *     }
                 */
                "application/json": components["schemas"]["VersionDismiss"];
            };
        };
        responses: {
            /** @description Stored (normalised, without a leading `v`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ok"];
                };
            };
            /** @description `latest_version` missing or not a semantic version. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "invalid latest_version",
                     *       "message": "invalid latest_version",
                     *       "error_code": "validation_error"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not an administrator. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getValueDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Aggregates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValueDashboard"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getWeekComparison: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hours by day. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WeekComparison"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listProjects: {
        parameters: {
            query?: {
                /** @description `active` (default), `inactive`, `on_hold`, `archived`, or `all`. */
                status?: "active" | "inactive" | "on_hold" | "archived" | "all";
                client_id?: number;
                /** @description Page number (1-based). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (documented default 50, max 100); values above 100 are capped at 100 (`x-clamp`). Real server falls back to the default for non-integers instead of answering 400, and does not cap the tasks and quotes lists. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of projects. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createProject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Website relaunch",
                 *       "client_id": 1,
                 *       "description": "New marketing site",
                 *       "billable": true,
                 *       "hourly_rate": 85
                 *     }
                 */
                "application/json": components["schemas"]["ProjectCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Website relaunch (phase 2)",
                 *       "hourly_rate": 90
                 *     }
                 */
                "application/json": components["schemas"]["ProjectUpdate"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    archiveProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Archived. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Project archived successfully"
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "hourly_rate": 95
                 *     }
                 */
                "application/json": components["schemas"]["ProjectUpdate"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listFavoriteProjects: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Favourites. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FavoriteProjects"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    addFavoriteProject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "project_id": 1
                 *     }
                 */
                "application/json": components["schemas"]["FavoriteAdd"];
            };
        };
        responses: {
            /** @description Already a favourite. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Already favorited",
                     *       "favorite": {
                     *         "id": 3,
                     *         "user_id": 1,
                     *         "project_id": 1,
                     *         "created_at": "2026-01-15T09:00:00"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["FavoriteWritten"];
                };
            };
            /** @description Added. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FavoriteWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    removeFavoriteProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Favorite removed successfully"
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listProjectCosts: {
        parameters: {
            query?: {
                /** @description Costs on or after this day. */
                start_date?: string;
                /** @description Costs on or before this day. */
                end_date?: string;
                /** @description Only the costs this user recorded. */
                user_id?: number;
                /** @description true: only billable costs. */
                billable_only?: boolean;
                /** @description Page number (1-based). */
                page?: components["parameters"]["Page"];
                /** @description Items per page. Not capped on this list (as the real server). */
                per_page?: components["parameters"]["PerPageUncapped"];
            };
            header?: never;
            path: {
                /** @example 1 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectCostList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createProjectCost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Train tickets",
                 *       "category": "travel",
                 *       "amount": 84.5,
                 *       "cost_date": "2026-11-12",
                 *       "billable": true
                 *     }
                 */
                "application/json": components["schemas"]["ProjectCostCreate"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectCostSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getProjectCost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                cost_id: components["parameters"]["CostId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectCostEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateProjectCost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                cost_id: components["parameters"]["CostId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "amount": 92.1,
                 *       "notes": "Return trip included"
                 *     }
                 */
                "application/json": components["schemas"]["ProjectCostUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectCostSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteProjectCost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                cost_id: components["parameters"]["CostId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchProjectCost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                cost_id: components["parameters"]["CostId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "billable": false
                 *     }
                 */
                "application/json": components["schemas"]["ProjectCostUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectCostSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listSavedFilters: {
        parameters: {
            query?: {
                /** @description Page number (1-based). */
                page?: components["parameters"]["Page"];
                /** @description Items per page. Not capped on this list (as the real server). */
                per_page?: components["parameters"]["PerPageUncapped"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedFilterList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createSavedFilter: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Overtime this week",
                 *       "scope": "time",
                 *       "payload": {
                 *         "min_hours": 8,
                 *         "period": "week"
                 *       },
                 *       "is_shared": false
                 *     }
                 */
                "application/json": components["schemas"]["SavedFilterCreate"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedFilterSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getSavedFilter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                filter_id: components["parameters"]["FilterId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedFilterEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateSavedFilter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                filter_id: components["parameters"]["FilterId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Billable this quarter",
                 *       "payload": {
                 *         "billable": true,
                 *         "period": "quarter"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["SavedFilterUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedFilterSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteSavedFilter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                filter_id: components["parameters"]["FilterId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchSavedFilter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                filter_id: components["parameters"]["FilterId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "is_shared": true
                 *     }
                 */
                "application/json": components["schemas"]["SavedFilterUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedFilterSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listComments: {
        parameters: {
            query?: {
                /**
                 * @description The project's comments.
                 * @example 1
                 */
                project_id?: number;
                /** @description The task's comments (when no project_id). */
                task_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createComment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "content": "Kick-off notes are in the shared folder.",
                 *       "project_id": 1
                 *     }
                 */
                "application/json": components["schemas"]["CommentCreate"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                comment_id: components["parameters"]["CommentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "content": "Kick-off notes moved to the wiki."
                 *     }
                 */
                "application/json": components["schemas"]["CommentUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                comment_id: components["parameters"]["CommentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                comment_id: components["parameters"]["CommentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "content": "Kick-off notes moved to the wiki."
                 *     }
                 */
                "application/json": components["schemas"]["CommentUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listBudgetAlerts: {
        parameters: {
            query?: {
                /** @description Only this project's alerts. */
                project_id?: number;
                /** @description Page number (1-based). */
                page?: components["parameters"]["Page"];
                /** @description Items per page. Not capped on this list (as the real server). */
                per_page?: components["parameters"]["PerPageUncapped"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetAlertList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createBudgetAlert: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "project_id": 1,
                 *       "alert_type": "warning_80",
                 *       "alert_level": "warning",
                 *       "budget_consumed_percent": 82.5,
                 *       "budget_amount": 10000,
                 *       "consumed_amount": 8250,
                 *       "message": "Warning: Project has consumed 82.5% of budget"
                 *     }
                 */
                "application/json": components["schemas"]["BudgetAlertCreate"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetAlertSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    acknowledgeBudgetAlert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                alert_id: components["parameters"]["AlertId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listAuditLogs: {
        parameters: {
            query?: {
                /** @description The model name (`ProjectCost`, `SavedFilter`, `Comment`, `BudgetAlert`). */
                entity_type?: string;
                /** @description Only rows of this user. */
                user_id?: number;
                /** @description `created`, `updated` or `deleted`. */
                action?: string;
                /** @description At most this many rows (default 100). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditLogList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listActivities: {
        parameters: {
            query?: {
                /** @description Only this user's activities. */
                user_id?: number;
                /** @description e.g. `time_entry`. */
                entity_type?: string;
                /** @description At most this many (default 50). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listTimeEntries: {
        parameters: {
            query?: {
                project_id?: number;
                client_id?: number;
                /** @description Admins only; a non-admin asking for another user gets 403. */
                user_id?: number;
                /** @description ISO 8601 date or datetime (`Z` and offsets accepted). A value that is not a real date (`2026-13-45`, `now`) is a 400 `validation_error`. Real server: ignores it and answers the list unfiltered. */
                start_date?: components["parameters"]["StartDate"];
                /** @description ISO 8601 date or datetime. A date-only value means the end of that day. A value that is not a real date is a 400 `validation_error` (real server: ignored). */
                end_date?: components["parameters"]["EndDate"];
                /** @description Real server treats any value other than `true` as `false`. */
                billable?: boolean;
                include_active?: boolean;
                /** @description Page number (1-based). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (documented default 50, max 100); values above 100 are capped at 100 (`x-clamp`). Real server falls back to the default for non-integers instead of answering 400, and does not cap the tasks and quotes lists. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of entries. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createTimeEntry: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the create safe to retry. The first successful (201) response is
                 *     stored for 24 hours per token; a repeat with the same key from the same
                 *     token returns the same status and body and creates nothing. Keys longer
                 *     than 128 characters (after trimming) are ignored, as on the real server.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "project_id": 1,
                 *       "start_time": "2026-01-17T09:00:00",
                 *       "end_time": "2026-01-17T10:30:00",
                 *       "notes": "Worked on feature X",
                 *       "tags": "development,frontend",
                 *       "billable": true
                 *     }
                 */
                "application/json": components["schemas"]["TimeEntryCreate"];
            };
        };
        responses: {
            /** @description Created (or the stored response replayed for a repeated `Idempotency-Key`). */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    importTimeEntriesCsv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
                "application/json": components["schemas"]["CsvImportJson"];
                "text/csv": string;
            };
        };
        responses: {
            /** @description Import summary (also when every row failed). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsvImportResult"];
                };
            };
            /** @description Empty CSV or no header row. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Empty CSV",
                     *       "message": "Empty CSV",
                     *       "error_code": "validation_error"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    bulkTimeEntries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "entry_ids": [
                 *         1,
                 *         2
                 *       ],
                 *       "action": "add_tag",
                 *       "value": "reviewed"
                 *     }
                 */
                "application/json": components["schemas"]["BulkRequest"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResult"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getTimeEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                entry_id: components["parameters"]["EntryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateTimeEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                entry_id: components["parameters"]["EntryId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "notes": "Reviewed with the client",
                 *       "billable": true
                 *     }
                 */
                "application/json": components["schemas"]["TimeEntryUpdate"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteTimeEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                entry_id: components["parameters"]["EntryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Time entry deleted successfully"
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchTimeEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                entry_id: components["parameters"]["EntryId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "notes": "Reviewed with the client"
                 *     }
                 */
                "application/json": components["schemas"]["TimeEntryUpdate"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getTimerStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `{"active": false, "timer": null}` when idle. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimerStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    startTimer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "project_id": 1,
                 *       "notes": "Working on the API client"
                 *     }
                 */
                "application/json": components["schemas"]["TimerStartRequest"];
            };
        };
        responses: {
            /** @description Started. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimerStarted"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description A timer is already running. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "You already have an active timer. Stop it before starting a new one.",
                     *       "message": "You already have an active timer. Stop it before starting a new one.",
                     *       "error_code": "timer_already_running"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    stopTimer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Stopped. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryWritten"];
                };
            };
            /** @description No running timer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "No active timer to stop",
                     *       "message": "No active timer to stop",
                     *       "error_code": "no_active_timer"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    pauseTimer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Paused. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryWritten"];
                };
            };
            /** @description No running timer, or already paused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Timer is already paused",
                     *       "message": "Timer is already paused",
                     *       "error_code": "invalid_state"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    resumeTimer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Resumed. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryWritten"];
                };
            };
            /** @description No running timer, or not paused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Timer is not paused",
                     *       "message": "Timer is not paused",
                     *       "error_code": "invalid_state"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listTasks: {
        parameters: {
            query?: {
                project_id?: number;
                /** @description Exact status (kanban key). */
                status?: string;
                /** @description Comma-separated; a task matches when it has any of them. */
                tags?: string;
                /** @description Page number (1-based). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (documented default 50, max 100); values above 100 are capped at 100 (`x-clamp`). Real server falls back to the default for non-integers instead of answering 400, and does not cap the tasks and quotes lists. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tasks. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createTask: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Write release notes",
                 *       "project_id": 1,
                 *       "priority": "medium"
                 *     }
                 */
                "application/json": components["schemas"]["TaskCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Write release notes",
                 *       "status": "in_progress"
                 *     }
                 */
                "application/json": components["schemas"]["TaskUpdate"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Task deleted successfully"
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "review"
                 *     }
                 */
                "application/json": components["schemas"]["TaskUpdate"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listKanbanColumns: {
        parameters: {
            query?: {
                /** @description Only the rows of this project. Real server reads it as an int with a fallback (a non-integer is ignored). */
                project_id?: components["parameters"]["BoardsProjectFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KanbanColumnList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createKanbanColumn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "key": "blocked",
                 *       "label": "Blocked",
                 *       "color": "danger",
                 *       "position": 4
                 *     }
                 */
                "application/json": components["schemas"]["KanbanColumnCreate"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KanbanColumnSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    reorderKanbanColumns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "column_ids": [
                 *         4,
                 *         3,
                 *         2,
                 *         1
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["KanbanColumnReorder"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Columns reordered successfully"
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateKanbanColumn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A column's id (the example is the seeded global `on_hold`, not a system column, so it can be deleted).
                 * @example 5
                 */
                column_id: components["parameters"]["KanbanColumnId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "label": "Doing",
                 *       "color": "primary"
                 *     }
                 */
                "application/json": components["schemas"]["KanbanColumnUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KanbanColumnSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteKanbanColumn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A column's id (the example is the seeded global `on_hold`, not a system column, so it can be deleted).
                 * @example 5
                 */
                column_id: components["parameters"]["KanbanColumnId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Column deleted successfully"
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchKanbanColumn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A column's id (the example is the seeded global `on_hold`, not a system column, so it can be deleted).
                 * @example 5
                 */
                column_id: components["parameters"]["KanbanColumnId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "is_active": false
                 *     }
                 */
                "application/json": components["schemas"]["KanbanColumnUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KanbanColumnSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listIssues: {
        parameters: {
            query?: {
                /** @description Only the rows of this project. Real server reads it as an int with a fallback (a non-integer is ignored). */
                project_id?: components["parameters"]["BoardsProjectFilter"];
                /** @description Only the issues of this client. Real server ignores a non-integer. */
                client_id?: components["parameters"]["IssueClientFilter"];
                /** @description Only the issues in this status (exact match; an unknown status matches nothing). */
                status?: components["parameters"]["IssueStatusFilter"];
                /** @description Page number (1-based). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (documented default 50, max 100); values above 100 are capped at 100 (`x-clamp`). Real server falls back to the default for non-integers instead of answering 400, and does not cap the tasks and quotes lists. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createIssue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Login page shows a blank screen",
                 *       "client_id": 1,
                 *       "project_id": 1,
                 *       "priority": "high"
                 *     }
                 */
                "application/json": components["schemas"]["IssueCreate"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getIssue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                issue_id: components["parameters"]["IssueId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateIssue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                issue_id: components["parameters"]["IssueId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "in_progress",
                 *       "assigned_to": 3
                 *     }
                 */
                "application/json": components["schemas"]["IssueUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteIssue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                issue_id: components["parameters"]["IssueId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Issue deleted successfully"
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchIssue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                issue_id: components["parameters"]["IssueId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "resolved"
                 *     }
                 */
                "application/json": components["schemas"]["IssueUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCalendarEvents: {
        parameters: {
            query?: {
                /**
                 * @description Events starting at or after this time (ISO date or datetime; a date is its midnight). Real server ignores a value it cannot parse.
                 * @example 2026-11-01
                 */
                start?: components["parameters"]["CalendarStart"];
                /**
                 * @description Events starting at or before this time (ISO date or datetime). A date-only value is its midnight, so events later that day are left out (as on the real server).
                 * @example 2026-11-30
                 */
                end?: components["parameters"]["CalendarEnd"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarEventList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createCalendarEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Sprint review",
                 *       "start_time": "2026-11-20T14:00:00",
                 *       "end_time": "2026-11-20T15:00:00",
                 *       "location": "Room 2",
                 *       "reminder_minutes": 15
                 *     }
                 */
                "application/json": components["schemas"]["CalendarEventCreate"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarEventSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getCalendarEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                event_id: components["parameters"]["CalendarEventId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarEventEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateCalendarEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                event_id: components["parameters"]["CalendarEventId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Sprint review (moved)",
                 *       "start_time": "2026-11-20T15:00:00",
                 *       "end_time": "2026-11-20T16:00:00"
                 *     }
                 */
                "application/json": components["schemas"]["CalendarEventUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarEventSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteCalendarEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                event_id: components["parameters"]["CalendarEventId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Event deleted successfully"
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchCalendarEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                event_id: components["parameters"]["CalendarEventId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "location": "Room 3"
                 *     }
                 */
                "application/json": components["schemas"]["CalendarEventUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarEventSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listClients: {
        parameters: {
            query?: {
                /** @description `active`, `inactive` or `all` (default: all). Real server ignores it. */
                status?: "active" | "inactive" | "all";
                /** @description Page number (1-based). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (documented default 50, max 100); values above 100 are capped at 100 (`x-clamp`). Real server falls back to the default for non-integers instead of answering 400, and does not cap the tasks and quotes lists. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of clients. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createClient: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Acme Corp",
                 *       "email": "billing@acme.example",
                 *       "default_hourly_rate": 90
                 *     }
                 */
                "application/json": components["schemas"]["ClientCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "phone": "+1 555 0100"
                 *     }
                 */
                "application/json": components["schemas"]["ClientUpdate"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The client (the seeded client 8 has no projects and no entries, so the example can be deleted).
                 * @example 8
                 */
                client_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Client deleted successfully"
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createClientUnbilledInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The client (the docs' example is client 6, whose seeded time is all booked on projects).
                 * @example 6
                 */
                client_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientUnbilledInvoice"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listClientNotes: {
        parameters: {
            query?: {
                /** @description Page number (1-based). */
                page?: components["parameters"]["Page"];
                /** @description Items per page. Not capped on this list (as the real server). */
                per_page?: components["parameters"]["PerPageUncapped"];
            };
            header?: never;
            path: {
                /** @example 1 */
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientNoteList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createClientNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "content": "Prefers invoices at the start of the month.",
                 *       "is_important": true
                 *     }
                 */
                "application/json": components["schemas"]["ClientNoteWrite"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientNoteSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getClientNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                note_id: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientNoteEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateClientNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                note_id: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "content": "Prefers invoices on the 1st.",
                 *       "is_important": false
                 *     }
                 */
                "application/json": components["schemas"]["ClientNoteWrite"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientNoteSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteClientNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                note_id: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchClientNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                note_id: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "content": "Prefers invoices on the 1st.",
                 *       "is_important": true
                 *     }
                 */
                "application/json": components["schemas"]["ClientNoteWrite"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientNoteSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listClientContacts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "first_name": "Jane",
                 *       "last_name": "Doe",
                 *       "email": "jane.doe@example.com",
                 *       "title": "CFO",
                 *       "is_primary": true
                 *     }
                 */
                "application/json": components["schemas"]["ContactCreate"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                contact_id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                contact_id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "phone": "+1 555 0100",
                 *       "is_primary": true
                 *     }
                 */
                "application/json": components["schemas"]["ContactUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                contact_id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                contact_id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Head of Finance"
                 *     }
                 */
                "application/json": components["schemas"]["ContactUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listDeals: {
        parameters: {
            query?: {
                /** @description `open` (default), `won` or `lost`; any other value (e.g. `all`) lists every status. */
                status?: string;
                /** @description Only deals in this pipeline stage. */
                stage?: string;
                /** @description Only deals of this owner (a non-admin: only their own, whichever id). */
                owner?: number;
                /** @description Page number (1-based). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (documented default 50, max 100); values above 100 are capped at 100 (`x-clamp`). Real server falls back to the default for non-integers instead of answering 400, and does not cap the tasks and quotes lists. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createDeal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Website retainer 2027",
                 *       "client_id": 1,
                 *       "value": 12000,
                 *       "stage": "proposal",
                 *       "probability": 60,
                 *       "expected_close_date": "2027-01-31"
                 *     }
                 */
                "application/json": components["schemas"]["DealCreate"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getDeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                deal_id: components["parameters"]["DealId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateDeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                deal_id: components["parameters"]["DealId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "stage": "negotiation",
                 *       "probability": 75
                 *     }
                 */
                "application/json": components["schemas"]["DealUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteDeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                deal_id: components["parameters"]["DealId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchDeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                deal_id: components["parameters"]["DealId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "won",
                 *       "stage": "closed_won",
                 *       "actual_close_date": "2026-12-01"
                 *     }
                 */
                "application/json": components["schemas"]["DealUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listLeads: {
        parameters: {
            query?: {
                /** @description Only leads in this status (default: every status but `converted` and `lost`). */
                status?: "new" | "contacted" | "qualified" | "converted" | "lost";
                /** @description Only leads from this source. */
                source?: string;
                /** @description Only leads of this owner (a non-admin: only their own, whichever id). */
                owner?: number;
                /** @description Case-insensitive substring of first name, last name, company or email. */
                search?: string;
                /** @description Page number (1-based). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (documented default 50, max 100); values above 100 are capped at 100 (`x-clamp`). Real server falls back to the default for non-integers instead of answering 400, and does not cap the tasks and quotes lists. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createLead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "first_name": "Sam",
                 *       "last_name": "Rivera",
                 *       "company_name": "Rivera Logistics",
                 *       "email": "sam@rivera.example",
                 *       "source": "website",
                 *       "score": 40,
                 *       "estimated_value": 8000
                 *     }
                 */
                "application/json": components["schemas"]["LeadCreate"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getLead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                lead_id: components["parameters"]["LeadId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateLead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                lead_id: components["parameters"]["LeadId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "contacted",
                 *       "score": 55
                 *     }
                 */
                "application/json": components["schemas"]["LeadUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteLead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                lead_id: components["parameters"]["LeadId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchLead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                lead_id: components["parameters"]["LeadId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "qualified"
                 *     }
                 */
                "application/json": components["schemas"]["LeadUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listQuotes: {
        parameters: {
            query?: {
                /** @description A quote status, or `all`. */
                status?: "draft" | "sent" | "accepted" | "rejected" | "expired" | "all";
                client_id?: number;
                /** @description Page number (1-based). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (documented default 50, max 100); values above 100 are capped at 100 (`x-clamp`). Real server falls back to the default for non-integers instead of answering 400, and does not cap the tasks and quotes lists. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of quotes. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createQuote: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "client_id": 1,
                 *       "title": "Website relaunch"
                 *     }
                 */
                "application/json": components["schemas"]["QuoteCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getQuote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                quote_id: components["parameters"]["QuoteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The quote. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateQuote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                quote_id: components["parameters"]["QuoteId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Website relaunch (revised)"
                 *     }
                 */
                "application/json": components["schemas"]["QuoteUpdate"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteQuote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                quote_id: components["parameters"]["QuoteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Quote deleted successfully"
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchQuote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                quote_id: components["parameters"]["QuoteId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Website relaunch (revised)"
                 *     }
                 */
                "application/json": components["schemas"]["QuoteUpdate"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listTaxRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxRuleList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createTaxRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "VAT DE",
                 *       "country": "DE",
                 *       "tax_code": "VAT",
                 *       "rate_percent": 19
                 *     }
                 */
                "application/json": components["schemas"]["TaxRuleCreate"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxRuleCreated"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateTaxRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                rule_id: components["parameters"]["TaxRuleId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rate_percent": 7,
                 *       "active": false
                 *     }
                 */
                "application/json": components["schemas"]["TaxRuleUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteTaxRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                rule_id: components["parameters"]["TaxRuleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchTaxRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                rule_id: components["parameters"]["TaxRuleId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "inclusive": true
                 *     }
                 */
                "application/json": components["schemas"]["TaxRuleUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCurrencies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrencyList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createCurrency: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "chf",
                 *       "name": "Swiss franc",
                 *       "symbol": "CHF"
                 *     }
                 */
                "application/json": components["schemas"]["CurrencyCreate"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrencyCreated"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateCurrency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A currency code, matched upper-case (`eur` names EUR).
                 * @example EUR
                 */
                code: components["parameters"]["CurrencyCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "symbol": "€",
                 *       "decimal_places": 2
                 *     }
                 */
                "application/json": components["schemas"]["CurrencyUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchCurrency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A currency code, matched upper-case (`eur` names EUR).
                 * @example EUR
                 */
                code: components["parameters"]["CurrencyCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "is_active": false
                 *     }
                 */
                "application/json": components["schemas"]["CurrencyUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listExchangeRates: {
        parameters: {
            query?: {
                /** @description Only rates from this currency (matched upper-case). */
                base_code?: string;
                /** @description Only rates into this currency (matched upper-case). */
                quote_code?: string;
                /** @description Only rates of this day (YYYY-MM-DD). Real server: a malformed date is ignored. */
                date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeRateList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createExchangeRate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "base_code": "EUR",
                 *       "quote_code": "USD",
                 *       "rate": 1.0843,
                 *       "date": "2026-11-30",
                 *       "source": "ECB"
                 *     }
                 */
                "application/json": components["schemas"]["ExchangeRateCreate"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeRateCreated"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateExchangeRate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                rate_id: components["parameters"]["ExchangeRateId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rate": 1.09,
                 *       "source": "manual"
                 *     }
                 */
                "application/json": components["schemas"]["ExchangeRateUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchExchangeRate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                rate_id: components["parameters"]["ExchangeRateId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "source": "ECB"
                 *     }
                 */
                "application/json": components["schemas"]["ExchangeRateUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listInvoicePdfTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoicePdfTemplateList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getInvoicePdfTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A page size the real server can lay out (`utils/pdf_template_schema.py:13`).
                 * @example A4
                 */
                page_size: components["parameters"]["PageSize"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoicePdfTemplateEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listInvoiceTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceTemplateList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createInvoiceTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Compact",
                 *       "description": "Logo and totals only",
                 *       "html": "<h1>{{ invoice.invoice_number }}</h1>",
                 *       "css": "h1 { font-size: 18px; }"
                 *     }
                 */
                "application/json": components["schemas"]["InvoiceTemplateCreate"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceTemplateCreated"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getInvoiceTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                template_id: components["parameters"]["InvoiceTemplateId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceTemplateEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateInvoiceTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                template_id: components["parameters"]["InvoiceTemplateId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Minimal (v2)",
                 *       "is_default": true
                 *     }
                 */
                "application/json": components["schemas"]["InvoiceTemplateUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteInvoiceTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                template_id: components["parameters"]["InvoiceTemplateId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchInvoiceTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                template_id: components["parameters"]["InvoiceTemplateId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "css": "body { color: #222; }"
                 *     }
                 */
                "application/json": components["schemas"]["InvoiceTemplateUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listTransfers: {
        parameters: {
            query?: {
                /** @description On or after this date (YYYY-MM-DD). */
                date_from?: components["parameters"]["DateFrom"];
                /** @description On or before this date (YYYY-MM-DD). */
                date_to?: components["parameters"]["DateTo"];
                /** @description Page number (1-based). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (documented default 50, max 100); values above 100 are capped at 100 (`x-clamp`). Real server falls back to the default for non-integers instead of answering 400, and does not cap the tasks and quotes lists. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of transfers. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "stock_item_id": 1,
                 *       "from_warehouse_id": 1,
                 *       "to_warehouse_id": 2,
                 *       "quantity": 1,
                 *       "notes": "Restock the shop"
                 *     }
                 */
                "application/json": components["schemas"]["TransferCreate"];
            };
        };
        responses: {
            /** @description Transferred. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferCreated"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The transfer's reference id (creation time in epoch milliseconds on the real server).
                 * @example 1767225600000
                 */
                reference_id: components["parameters"]["ReferenceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transfer and its two movements. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        transfer: components["schemas"]["TransferDetail"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getValuationReport: {
        parameters: {
            query?: {
                warehouse_id?: number;
                category?: string;
                currency_code?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Valuation. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValuationReport"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getMovementHistoryReport: {
        parameters: {
            query?: {
                /** @description On or after this date (YYYY-MM-DD). */
                date_from?: components["parameters"]["DateFrom"];
                /** @description On or before this date (YYYY-MM-DD). */
                date_to?: components["parameters"]["DateTo"];
                stock_item_id?: number;
                warehouse_id?: number;
                movement_type?: string;
                page?: number;
                /** @description Items per page, capped at 100 (`x-clamp`). */
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Movements. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MovementHistoryReport"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getTurnoverReport: {
        parameters: {
            query?: {
                /** @description ISO 8601 date or datetime (`Z` and offsets accepted). A value that is not a real date (`2026-13-45`, `now`) is a 400 `validation_error`. Real server: ignores it and answers the list unfiltered. */
                start_date?: components["parameters"]["StartDate"];
                /** @description ISO 8601 date or datetime. A date-only value means the end of that day. A value that is not a real date is a 400 `validation_error` (real server: ignored). */
                end_date?: components["parameters"]["EndDate"];
                item_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Turnover. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TurnoverReport"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getLowStockReport: {
        parameters: {
            query?: {
                warehouse_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Items to reorder. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LowStockReport"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listStockItems: {
        parameters: {
            query?: {
                /** @description Substring of the SKU, name or barcode (trimmed). */
                search?: string;
                /** @description Exact category. */
                category?: string;
                /** @description Only active items (default). `false` lists the deactivated ones too. */
                active_only?: boolean;
                /** @description Page number (1-based). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (documented default 50, max 100); values above 100 are capped at 100 (`x-clamp`). Real server falls back to the default for non-integers instead of answering 400, and does not cap the tasks and quotes lists. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of stock items, by name. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockItemList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createStockItem: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "sku": "hdmi-2m",
                 *       "name": "HDMI cable 2 m",
                 *       "category": "Cabling",
                 *       "unit": "pcs",
                 *       "default_cost": 4.5,
                 *       "default_price": 9.9
                 *     }
                 */
                "application/json": components["schemas"]["StockItemCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockItemSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getStockItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                item_id: components["parameters"]["StockItemId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockItemEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateStockItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                item_id: components["parameters"]["StockItemId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "HDMI cable 2 m (braided)",
                 *       "default_price": 11.5
                 *     }
                 */
                "application/json": components["schemas"]["StockItemUpdate"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockItemSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteStockItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                item_id: components["parameters"]["StockItemId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deactivated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchStockItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                item_id: components["parameters"]["StockItemId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "is_trackable": false
                 *     }
                 */
                "application/json": components["schemas"]["StockItemUpdate"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockItemSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getStockItemAvailability: {
        parameters: {
            query?: {
                /** @description Only this warehouse. */
                warehouse_id?: number;
            };
            header?: never;
            path: {
                /** @example 1 */
                item_id: components["parameters"]["StockItemId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description On hand, reserved and available per warehouse. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockAvailability"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listWarehouses: {
        parameters: {
            query?: {
                /** @description Only active warehouses (default). `false` lists the deactivated ones too. */
                active_only?: boolean;
                /** @description Page number (1-based). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (documented default 50, max 100); values above 100 are capped at 100 (`x-clamp`). Real server falls back to the default for non-integers instead of answering 400, and does not cap the tasks and quotes lists. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of warehouses, by code. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarehouseList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listStockLevels: {
        parameters: {
            query?: {
                warehouse_id?: number;
                stock_item_id?: number;
                /** @description Exact category of the item. */
                category?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every stock record matching the filters, by warehouse code then item name. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockLevelList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createStockMovement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "movement_type": "adjustment",
                 *       "stock_item_id": 1,
                 *       "warehouse_id": 1,
                 *       "quantity": 5,
                 *       "reason": "Stock count"
                 *     }
                 */
                "application/json": components["schemas"]["StockMovementCreate"];
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockMovementRecorded"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listSuppliers: {
        parameters: {
            query?: {
                /** @description Substring of the code or name (trimmed). */
                search?: string;
                /** @description Only active suppliers (default). `false` lists the deactivated ones too. */
                active_only?: boolean;
                /** @description Page number (1-based). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (documented default 50, max 100); values above 100 are capped at 100 (`x-clamp`). Real server falls back to the default for non-integers instead of answering 400, and does not cap the tasks and quotes lists. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of suppliers, by name. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createSupplier: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "elec",
                 *       "name": "Elektro Wholesale",
                 *       "contact_person": "Eva Klein",
                 *       "email": "orders@elektro.example"
                 *     }
                 */
                "application/json": components["schemas"]["SupplierCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getSupplier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                supplier_id: components["parameters"]["SupplierId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The supplier. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateSupplier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                supplier_id: components["parameters"]["SupplierId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "phone": "+49 30 1234567"
                 *     }
                 */
                "application/json": components["schemas"]["SupplierUpdate"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteSupplier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                supplier_id: components["parameters"]["SupplierId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deactivated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchSupplier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                supplier_id: components["parameters"]["SupplierId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "is_active": true
                 *     }
                 */
                "application/json": components["schemas"]["SupplierUpdate"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listSupplierStockItems: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                supplier_id: components["parameters"]["SupplierId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The active links of the supplier to stock items, each with the item. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierStockItemList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listPurchaseOrders: {
        parameters: {
            query?: {
                /** @description Exact status (the model's five). */
                status?: "draft" | "sent" | "confirmed" | "received" | "cancelled";
                supplier_id?: number;
                /** @description Page number (1-based). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (documented default 50, max 100); values above 100 are capped at 100 (`x-clamp`). Real server falls back to the default for non-integers instead of answering 400, and does not cap the tasks and quotes lists. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of purchase orders, newest order date first. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrderList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createPurchaseOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "supplier_id": 1,
                 *       "expected_delivery_date": "2027-01-15",
                 *       "items": [
                 *         {
                 *           "description": "Cat6 cable (305 m)",
                 *           "stock_item_id": 1,
                 *           "warehouse_id": 1,
                 *           "quantity_ordered": 10,
                 *           "unit_cost": 80
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["PurchaseOrderCreate"];
            };
        };
        responses: {
            /** @description Created, as a draft. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrderSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getPurchaseOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                po_id: components["parameters"]["PurchaseOrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The purchase order with its items. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrderEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updatePurchaseOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                po_id: components["parameters"]["PurchaseOrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "notes": "Deliver to the back door"
                 *     }
                 */
                "application/json": components["schemas"]["PurchaseOrderUpdate"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrderSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deletePurchaseOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                po_id: components["parameters"]["PurchaseOrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted with its items. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchPurchaseOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                po_id: components["parameters"]["PurchaseOrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "expected_delivery_date": "2027-02-01"
                 *     }
                 */
                "application/json": components["schemas"]["PurchaseOrderUpdate"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrderSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    receivePurchaseOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                po_id: components["parameters"]["PurchaseOrderId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "received_date": "2027-01-14",
                 *       "items": [
                 *         {
                 *           "item_id": 1,
                 *           "quantity_received": 10
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["PurchaseOrderReceive"];
            };
        };
        responses: {
            /** @description Received. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrderSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getSummaryReport: {
        parameters: {
            query?: {
                /** @description ISO 8601 date or datetime (`Z` and offsets accepted). A value that is not a real date (`2026-13-45`, `now`) is a 400 `validation_error`. Real server: ignores it and answers the list unfiltered. */
                start_date?: components["parameters"]["StartDate"];
                /** @description ISO 8601 date or datetime. A date-only value means the end of that day. A value that is not a real date is a 400 `validation_error` (real server: ignored). */
                end_date?: components["parameters"]["EndDate"];
                project_id?: number;
                user_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SummaryReport"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getCapacityReport: {
        parameters: {
            query?: {
                /**
                 * @description First day (YYYY-MM-DD), required.
                 * @example 2026-01-05
                 */
                start_date?: string;
                /**
                 * @description Last day (YYYY-MM-DD), required.
                 * @example 2026-01-11
                 */
                end_date?: string;
                /** @description Comma-separated user ids (admins); parts that are not integers are skipped. */
                user_ids?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapacityReport"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getLockedPeriodsReport: {
        parameters: {
            query?: {
                /** @description Periods ending on or after this day. */
                start_date?: string;
                /** @description Periods starting on or before this day. */
                end_date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LockedPeriodsReport"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getComplianceAuditEvents: {
        parameters: {
            query?: {
                /** @description Events on or after this day. */
                start_date?: string;
                /** @description Events on or before this day. */
                end_date?: string;
                /** @description Events by this user. */
                user_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventsReport"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getBelgiumAttendanceReport: {
        parameters: {
            query?: {
                /**
                 * @description First day, required.
                 * @example 2026-01-05
                 */
                start_date?: string;
                /**
                 * @description Last day, required.
                 * @example 2026-01-11
                 */
                end_date?: string;
                /** @description Admins only (others always get their own). */
                user_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BelgiumAttendanceReport"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    exportPayroll: {
        parameters: {
            query?: {
                /**
                 * @description First day, required.
                 * @example 2026-01-05
                 */
                start_date?: string;
                /**
                 * @description Last day, required.
                 * @example 2026-01-11
                 */
                end_date?: string;
                /** @description Admins only (others always get their own). */
                user_id?: number;
                approved_only?: boolean;
                closed_only?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    /** @description `attachment; filename=payroll_export_<start>_<end>.csv` */
                    "Content-Disposition"?: string;
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentUser"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description Page number (1-based). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (documented default 50, max 100); values above 100 are capped at 100 (`x-clamp`). Real server falls back to the default for non-integers instead of answering 400, and does not cap the tasks and quotes lists. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users, ordered by username. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getAiContextPreview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AiContextPreviewAnswer"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["AiDisabled"];
        };
    };
    postAiChat: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "prompt": "Start a timer on my last project",
                 *       "history": []
                 *     }
                 */
                "application/json": components["schemas"]["AiChatRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AiChatAnswer"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["AiDisabled"];
        };
    };
    confirmAiAction: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "action": {
                 *         "type": "summary",
                 *         "payload": {
                 *           "text": "8 hours on Website Redesign this week"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["AiConfirmRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AiConfirmAnswer"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["AiDisabled"];
        };
    };
    getAttendanceStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getWorkdayStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkdayStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    startWorkday: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "notes": "Office day",
                 *       "source": "manual"
                 *     }
                 */
                "application/json": components["schemas"]["WorkdayStart"];
            };
        };
        responses: {
            /** @description Started (200, as the real server). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkdayAction"];
                };
            };
            /** @description A workday is already open (`workday_already_active`), or the day is locked (`attendance_locked`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "You already have an active workday session. End it before starting a new one.",
                     *       "message": "You already have an active workday session. End it before starting a new one.",
                     *       "error_code": "workday_already_active"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    endWorkday: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ended. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkdayAction"];
                };
            };
            /** @description No workday is open (`no_active_workday`), or the day is locked. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "No active workday session",
                     *       "message": "No active workday session",
                     *       "error_code": "no_active_workday"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    startBreak: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "break_type": "lunch"
                 *     }
                 */
                "application/json": components["schemas"]["BreakStart"];
            };
        };
        responses: {
            /** @description Break started (200, as the real server). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreakAction"];
                };
            };
            /** @description No workday is open (`no_active_workday`) or a break is already running (`break_already_active`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Start work before taking a break",
                     *       "message": "Start work before taking a break",
                     *       "error_code": "no_active_workday"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    endBreak: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Break ended. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreakAction"];
                };
            };
            /** @description No break is running (`no_active_break`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "No active break",
                     *       "message": "No active break",
                     *       "error_code": "no_active_break"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getAttendanceHistory: {
        parameters: {
            query?: {
                /** @description How many days back (default 30). */
                days?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceHistory"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createAttendanceCorrection: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "attendance_day_id": 1,
                 *       "entity_type": "AttendanceWorkPeriod",
                 *       "entity_id": 1,
                 *       "corrected_values": {
                 *         "end_time": "2026-01-15T17:30:00"
                 *       },
                 *       "reason": "Forgot to clock out"
                 *     }
                 */
                "application/json": components["schemas"]["AttendanceCorrectionCreate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceCorrectionCreated"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getRateLimitStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The throttle state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listTimeEntryTemplates: {
        parameters: {
            query?: {
                /** @description Page number (1-based). */
                page?: components["parameters"]["Page"];
                /** @description Items per page. Not capped on this list (as the real server). */
                per_page?: components["parameters"]["PerPageUncapped"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryTemplateList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createTimeEntryTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Daily stand-up",
                 *       "project_id": 1,
                 *       "default_duration_minutes": 15,
                 *       "default_notes": "Stand-up",
                 *       "tags": "meeting",
                 *       "billable": false
                 *     }
                 */
                "application/json": components["schemas"]["TimeEntryTemplateCreate"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryTemplateSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getTimeEntryTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                template_id: components["parameters"]["TemplateId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryTemplateEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateTimeEntryTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                template_id: components["parameters"]["TemplateId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Daily stand-up (renamed)"
                 *     }
                 */
                "application/json": components["schemas"]["TimeEntryTemplateUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryTemplateSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteTimeEntryTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                template_id: components["parameters"]["TemplateId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchTimeEntryTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                template_id: components["parameters"]["TemplateId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "billable": true
                 *     }
                 */
                "application/json": components["schemas"]["TimeEntryTemplateUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryTemplateSaved"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /** @description Only active (true) or inactive (false) webhooks. */
                is_active?: boolean;
                /** @description Page number (1-based). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (documented default 50, max 100); values above 100 are capped at 100 (`x-clamp`). Real server falls back to the default for non-integers instead of answering 400, and does not cap the tasks and quotes lists. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Time sync",
                 *       "url": "http://127.0.0.1:9/hooks/timetracker",
                 *       "events": [
                 *         "time_entry.created",
                 *         "project.created"
                 *       ],
                 *       "is_active": false
                 *     }
                 */
                "application/json": components["schemas"]["WebhookCreate"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCreated"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listWebhookEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEvents"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Time sync (renamed)"
                 *     }
                 */
                "application/json": components["schemas"]["WebhookUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookUpdated"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "is_active": false
                 *     }
                 */
                "application/json": components["schemas"]["WebhookUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookUpdated"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                status?: "pending" | "success" | "failed" | "retrying";
                /** @description Page number (1-based). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (documented default 50, max 100); values above 100 are capped at 100 (`x-clamp`). Real server falls back to the default for non-integers instead of answering 400, and does not cap the tasks and quotes lists. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path: {
                /** @example 1 */
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listInvoices: {
        parameters: {
            query?: {
                status?: "draft" | "sent" | "paid" | "overdue" | "cancelled";
                /** @description Page number (1-based). */
                page?: components["parameters"]["Page"];
                /** @description Items per page. Not capped on this list (as the real server). */
                per_page?: components["parameters"]["PerPageUncapped"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "project_id": 1,
                 *       "client_id": 1,
                 *       "client_name": "Acme Corp",
                 *       "due_date": "2027-01-31"
                 *     }
                 */
                "application/json": components["schemas"]["InvoiceCreate"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                invoice_id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceDetailEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                invoice_id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "notes": "Thank you for your business"
                 *     }
                 */
                "application/json": components["schemas"]["InvoiceUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    cancelInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                invoice_id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                invoice_id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "sent"
                 *     }
                 */
                "application/json": components["schemas"]["InvoiceUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createInvoiceFromTimeEntries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "project_id": 1,
                 *       "time_entry_ids": [
                 *         1
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["InvoiceFromEntries"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceDetailWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    generateInvoiceItems: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                invoice_id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "time_entry_ids": [
                 *         1
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["InvoiceGenerate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceDetailWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    replaceInvoiceItems: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                invoice_id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "items": [
                 *         {
                 *           "description": "Consulting",
                 *           "quantity": 2,
                 *           "unit_price": 120
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["InvoiceItemsReplace"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceDetailWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getInvoicePdf: {
        parameters: {
            query?: {
                /** @description Page size of the PDF (A4, Letter, Legal, A3, A5, Tabloid); any other value gives A4, as the real server. */
                size?: components["parameters"]["PdfPageSize"];
            };
            header?: never;
            path: {
                /** @example 1 */
                invoice_id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invoice as a PDF document. */
            200: {
                headers: {
                    /** @description `attachment; filename=...` (the real server's `send_file`). */
                    "Content-Disposition": string;
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    requestInvoiceApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                invoice_id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "approver_ids": [
                 *         1
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["InvoiceApprovalRequest"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceApprovalWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listInvoiceApprovals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceApprovalList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getInvoiceApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                approval_id: components["parameters"]["ApprovalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceApprovalEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    approveInvoiceApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                approval_id: components["parameters"]["ApprovalId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "comment": "Looks good"
                 *     }
                 */
                "application/json": components["schemas"]["InvoiceApprovalApprove"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceApprovalWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    rejectInvoiceApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                approval_id: components["parameters"]["ApprovalId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "reason": "Wrong rate"
                 *     }
                 */
                "application/json": components["schemas"]["InvoiceApprovalReject"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceApprovalWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCreditNotes: {
        parameters: {
            query?: {
                invoice_id?: number;
                /** @description Page number (1-based). */
                page?: components["parameters"]["Page"];
                /** @description Items per page. Not capped on this list (as the real server). */
                per_page?: components["parameters"]["PerPageUncapped"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditNoteList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createCreditNote: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "invoice_id": 2,
                 *       "amount": 50,
                 *       "reason": "Discount"
                 *     }
                 */
                "application/json": components["schemas"]["CreditNoteCreate"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditNoteWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getCreditNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                credit_note_id: components["parameters"]["CreditNoteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditNoteEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateCreditNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                credit_note_id: components["parameters"]["CreditNoteId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Corrected discount"
                 *     }
                 */
                "application/json": components["schemas"]["CreditNoteUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteCreditNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                credit_note_id: components["parameters"]["CreditNoteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchCreditNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                credit_note_id: components["parameters"]["CreditNoteId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Corrected discount"
                 *     }
                 */
                "application/json": components["schemas"]["CreditNoteUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listRecurringInvoices: {
        parameters: {
            query?: {
                /** @description `true` (any case): active ones; any other value: inactive ones (as the real server). */
                is_active?: string;
                client_id?: number;
                project_id?: number;
                /** @description Page number (1-based). */
                page?: components["parameters"]["Page"];
                /** @description Items per page. Not capped on this list (as the real server). */
                per_page?: components["parameters"]["PerPageUncapped"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringInvoiceList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createRecurringInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Monthly retainer",
                 *       "project_id": 1,
                 *       "client_id": 1,
                 *       "client_name": "Acme Corp",
                 *       "frequency": "monthly",
                 *       "next_run_date": "2027-01-01"
                 *     }
                 */
                "application/json": components["schemas"]["RecurringInvoiceCreate"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringInvoiceWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getRecurringInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                recurring_invoice_id: components["parameters"]["RecurringInvoiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringInvoiceEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateRecurringInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                recurring_invoice_id: components["parameters"]["RecurringInvoiceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "interval": 2
                 *     }
                 */
                "application/json": components["schemas"]["RecurringInvoiceUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringInvoiceWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deactivateRecurringInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                recurring_invoice_id: components["parameters"]["RecurringInvoiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchRecurringInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                recurring_invoice_id: components["parameters"]["RecurringInvoiceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "interval": 2
                 *     }
                 */
                "application/json": components["schemas"]["RecurringInvoiceUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringInvoiceWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    generateRecurringInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                recurring_invoice_id: components["parameters"]["RecurringInvoiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Success. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceWritten"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listPayments: {
        parameters: {
            query?: {
                invoice_id?: number;
                /** @description Page number (1-based). */
                page?: components["parameters"]["Page"];
                /** @description Items per page. Not capped on this list (as the real server). */
                per_page?: components["parameters"]["PerPageUncapped"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createPayment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "invoice_id": 1,
                 *       "amount": 100,
                 *       "method": "bank_transfer"
                 *     }
                 */
                "application/json": components["schemas"]["PaymentCreate"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                payment_id: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updatePayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                payment_id: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "notes": "Received in full"
                 *     }
                 */
                "application/json": components["schemas"]["PaymentUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deletePayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                payment_id: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                payment_id: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reference": "TX-1001"
                 *     }
                 */
                "application/json": components["schemas"]["PaymentUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listExpenses: {
        parameters: {
            query?: {
                user_id?: number;
                project_id?: number;
                client_id?: number;
                status?: "pending" | "approved" | "rejected" | "reimbursed";
                category?: string;
                /** @description Expenses dated on or after this day. */
                start_date?: string;
                /** @description Expenses dated on or before this day. */
                end_date?: string;
                /** @description Page number (1-based). */
                page?: components["parameters"]["Page"];
                /** @description Items per page. Not capped on this list (as the real server). */
                per_page?: components["parameters"]["PerPageUncapped"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpenseList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createExpense: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Train to client",
                 *       "category": "travel",
                 *       "amount": 42.5,
                 *       "expense_date": "2026-01-15",
                 *       "project_id": 1,
                 *       "tax_amount": 4.25
                 *     }
                 */
                "application/json": components["schemas"]["ExpenseCreate"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpenseWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getExpense: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                expense_id: components["parameters"]["ExpenseId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpenseEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateExpense: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                expense_id: components["parameters"]["ExpenseId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "notes": "Receipt attached",
                 *       "status": "approved"
                 *     }
                 */
                "application/json": components["schemas"]["ExpenseUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpenseWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteExpense: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                expense_id: components["parameters"]["ExpenseId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchExpense: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                expense_id: components["parameters"]["ExpenseId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "reimbursed"
                 *     }
                 */
                "application/json": components["schemas"]["ExpenseUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpenseWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listMileage: {
        parameters: {
            query?: {
                user_id?: number;
                project_id?: number;
                /** @description Trips on or after this day. */
                start_date?: string;
                /** @description Trips on or before this day. */
                end_date?: string;
                /** @description Page number (1-based). */
                page?: components["parameters"]["Page"];
                /** @description Items per page. Not capped on this list (as the real server). */
                per_page?: components["parameters"]["PerPageUncapped"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MileageList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createMileage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "trip_date": "2026-01-15",
                 *       "purpose": "Client visit",
                 *       "start_location": "Office",
                 *       "end_location": "Client HQ",
                 *       "distance_km": 42,
                 *       "rate_per_km": 0.3,
                 *       "is_round_trip": true
                 *     }
                 */
                "application/json": components["schemas"]["MileageCreate"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MileageWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getMileage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                mileage_id: components["parameters"]["MileageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MileageEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateMileage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                mileage_id: components["parameters"]["MileageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "distance_km": 50,
                 *       "notes": "Detour"
                 *     }
                 */
                "application/json": components["schemas"]["MileageUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MileageWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteMileage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                mileage_id: components["parameters"]["MileageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchMileage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                mileage_id: components["parameters"]["MileageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "approved"
                 *     }
                 */
                "application/json": components["schemas"]["MileageUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MileageWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listGpsTracks: {
        parameters: {
            query?: {
                /** @description Tracks started at or after this time (ISO date or datetime). */
                start_date?: string;
                /** @description Tracks started at or before this time (ISO date or datetime; a date is its midnight). */
                end_date?: string;
                /** @description Admins: this user's tracks. Ignored for other callers. */
                user_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MileageTrackList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    startGpsTrack: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "latitude": 48.1371,
                 *       "longitude": 11.5754,
                 *       "location": "Office"
                 *     }
                 */
                "application/json": components["schemas"]["MileageTrackStart"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MileageTrackStarted"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    addGpsTrackPoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                track_id: components["parameters"]["TrackId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "latitude": 48.1402,
                 *       "longitude": 11.5601
                 *     }
                 */
                "application/json": components["schemas"]["MileageTrackPoint"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MileageTrackAnswer"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    stopGpsTrack: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                track_id: components["parameters"]["TrackId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "latitude": 48.1508,
                 *       "longitude": 11.5805,
                 *       "location": "Client HQ"
                 *     }
                 */
                "application/json": components["schemas"]["MileageTrackStart"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MileageTrackStopped"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createGpsTrackExpense: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                track_id: components["parameters"]["TrackId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "project_id": 1,
                 *       "rate_per_km": 0.3
                 *     }
                 */
                "application/json": components["schemas"]["MileageTrackExpenseCreate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MileageTrackExpense"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listPerDiems: {
        parameters: {
            query?: {
                /** @description Page number (1-based). */
                page?: components["parameters"]["Page"];
                /** @description Items per page. Not capped on this list (as the real server). */
                per_page?: components["parameters"]["PerPageUncapped"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerDiemList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createPerDiem: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "trip_purpose": "Conference",
                 *       "start_date": "2026-01-12",
                 *       "end_date": "2026-01-14",
                 *       "country": "Germany",
                 *       "city": "Berlin",
                 *       "full_day_rate": 28,
                 *       "half_day_rate": 14,
                 *       "full_days": 1,
                 *       "half_days": 2,
                 *       "breakfast_provided": 2
                 *     }
                 */
                "application/json": components["schemas"]["PerDiemCreate"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerDiemWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getPerDiem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                per_diem_id: components["parameters"]["PerDiemId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerDiemEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updatePerDiem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                per_diem_id: components["parameters"]["PerDiemId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "full_days": 2,
                 *       "half_days": 1,
                 *       "breakfast_deduction": 5,
                 *       "breakfast_provided": 2
                 *     }
                 */
                "application/json": components["schemas"]["PerDiemUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerDiemWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deletePerDiem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                per_diem_id: components["parameters"]["PerDiemId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchPerDiem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                per_diem_id: components["parameters"]["PerDiemId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "approved"
                 *     }
                 */
                "application/json": components["schemas"]["PerDiemUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerDiemWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listPerDiemRates: {
        parameters: {
            query?: {
                /** @description Page number (1-based). */
                page?: components["parameters"]["Page"];
                /** @description Items per page. Not capped on this list (as the real server). */
                per_page?: components["parameters"]["PerPageUncapped"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerDiemRateList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createPerDiemRate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "country": "Germany",
                 *       "city": "Munich",
                 *       "full_day_rate": 28,
                 *       "half_day_rate": 14,
                 *       "effective_from": "2026-01-01",
                 *       "breakfast_rate": 5.6
                 *     }
                 */
                "application/json": components["schemas"]["PerDiemRateCreate"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerDiemRateWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listTimesheetPeriods: {
        parameters: {
            query?: {
                status?: "draft" | "submitted" | "approved" | "rejected" | "closed";
                /** @description Periods ending on or after this day. */
                start_date?: string;
                /** @description Periods starting on or before this day. */
                end_date?: string;
                user_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimesheetPeriodList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createTimesheetPeriod: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "period_type": "weekly"
                 *     }
                 */
                "application/json": components["schemas"]["TimesheetPeriodCreate"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimesheetPeriodEnvelope"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    submitTimesheetPeriod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                period_id: components["parameters"]["PeriodId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["TimesheetComment"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimesheetPeriodAction"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    approveTimesheetPeriod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                period_id: components["parameters"]["PeriodId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "comment": "Looks good"
                 *     }
                 */
                "application/json": components["schemas"]["TimesheetComment"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimesheetPeriodAction"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    rejectTimesheetPeriod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                period_id: components["parameters"]["PeriodId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "reason": "Missing Friday"
                 *     }
                 */
                "application/json": components["schemas"]["TimesheetReason"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimesheetPeriodAction"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    closeTimesheetPeriod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                period_id: components["parameters"]["PeriodId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "reason": "Payroll run"
                 *     }
                 */
                "application/json": components["schemas"]["TimesheetReason"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimesheetPeriodAction"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteTimesheetPeriod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                period_id: components["parameters"]["PeriodId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getTimesheetPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimesheetPolicyEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateTimesheetPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "auto_lock_days": 7
                 *     }
                 */
                "application/json": components["schemas"]["TimesheetPolicyUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimesheetPolicyWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    patchTimesheetPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "approver_user_ids": [
                 *         1
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["TimesheetPolicyUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimesheetPolicyWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listLeaveTypes: {
        parameters: {
            query?: {
                enabled_only?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaveTypeList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createLeaveType: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Parental leave",
                 *       "code": "parental",
                 *       "annual_allowance_hours": 160
                 *     }
                 */
                "application/json": components["schemas"]["LeaveTypeCreate"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaveTypeWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteLeaveType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                leave_type_id: components["parameters"]["LeaveTypeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listTimeOffRequests: {
        parameters: {
            query?: {
                status?: "draft" | "submitted" | "approved" | "rejected" | "cancelled";
                /** @description Requests ending on or after this day. */
                start_date?: string;
                /** @description Requests starting on or before this day. */
                end_date?: string;
                user_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeOffRequestList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createTimeOffRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "leave_type_id": 2,
                 *       "start_date": "2027-03-01",
                 *       "end_date": "2027-03-02",
                 *       "requested_hours": 16,
                 *       "comment": "Family trip"
                 *     }
                 */
                "application/json": components["schemas"]["TimeOffRequestCreate"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeOffRequestWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    approveTimeOffRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                request_id: components["parameters"]["TimeOffRequestId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "comment": "Enjoy"
                 *     }
                 */
                "application/json": components["schemas"]["TimeOffReview"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeOffRequestWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    rejectTimeOffRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                request_id: components["parameters"]["TimeOffRequestId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "comment": "Team offsite that week"
                 *     }
                 */
                "application/json": components["schemas"]["TimeOffReview"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeOffRequestWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteTimeOffRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                request_id: components["parameters"]["TimeOffRequestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getTimeOffRequestPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                request_id: components["parameters"]["TimeOffRequestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request form as a PDF document. */
            200: {
                headers: {
                    /** @description `attachment; filename=...` (the real server's `send_file`). */
                    "Content-Disposition": string;
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getTimeOffBalances: {
        parameters: {
            query?: {
                user_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeOffBalances"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listHolidays: {
        parameters: {
            query?: {
                start_date?: string;
                end_date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createHoliday: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Company day",
                 *       "start_date": "2027-06-04",
                 *       "end_date": "2027-06-04",
                 *       "region": "HQ"
                 *     }
                 */
                "application/json": components["schemas"]["HolidayCreate"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayWritten"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteHoliday: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                holiday_id: components["parameters"]["HolidayId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listTimeEntryApprovals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryApprovalList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    bulkApproveTimeEntries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "approval_ids": [
                 *         1
                 *       ],
                 *       "comment": "Approved"
                 *     }
                 */
                "application/json": components["schemas"]["TimeEntryApprovalBulk"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryApprovalBulkResult"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getTimeEntryApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                approval_id: components["parameters"]["ApprovalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryApprovalEnvelope"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    approveTimeEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                approval_id: components["parameters"]["ApprovalId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "comment": "Looks good"
                 *     }
                 */
                "application/json": components["schemas"]["TimeEntryApprovalComment"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryApprovalAction"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    rejectTimeEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                approval_id: components["parameters"]["ApprovalId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "reason": "Wrong project"
                 *     }
                 */
                "application/json": components["schemas"]["TimeEntryApprovalReject"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryApprovalAction"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    cancelTimeEntryApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                approval_id: components["parameters"]["ApprovalId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["TimeEntryApprovalComment"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryApprovalAction"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    requestTimeEntryApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                entry_id: components["parameters"]["EntryId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "comment": "Please approve"
                 *     }
                 */
                "application/json": components["schemas"]["TimeEntryApprovalRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryApprovalAction"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
}
