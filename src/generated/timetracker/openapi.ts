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
        PaymentId: number;
        /** @example 1 */
        PeriodId: number;
        /** @example 1 */
        LeaveTypeId: number;
        /** @example 1 */
        TimeOffRequestId: number;
        /** @example 1 */
        HolidayId: number;
        /** @example 1 */
        ApprovalId: number;
        /** @description Page number (1-based). */
        Page: number;
        /** @description Items per page (documented default 50, max 100); values above 100 are capped at 100 (`x-clamp`). Real server falls back to the default for non-integers instead of answering 400, and does not cap the tasks and quotes lists. */
        PerPage: number;
        /** @example 1 */
        ProjectId: number;
        /** @example 1 */
        EntryId: number;
        /** @example 1 */
        TaskId: number;
        /** @example 1 */
        ClientId: number;
        /** @example 1 */
        QuoteId: number;
        /**
         * @description The transfer's reference id (creation time in epoch milliseconds on the real server).
         * @example 1767225600000
         */
        ReferenceId: number;
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
