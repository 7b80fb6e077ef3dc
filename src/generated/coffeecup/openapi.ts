/**
 * Generated from specs/coffeecup.yaml by `npm run gen` (openapi-typescript). Do not edit.
 */

export interface paths {
    "/oauth2/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue an access token (password grant) or renew it (refresh token)
         * @description Documented: a form-encoded `grant_type=password` with `username`,
         *     `password`, `client_id` and `client_secret` (the header `Origin:
         *     https://<company>.coffeecupapp.com` selects the account), or
         *     `grant_type=refresh_token` with `refresh_token`; both answer a new
         *     pair. **Observed:** the CLI sends the client credentials as
         *     `Authorization: Basic base64(client_id:client_secret)` instead, and a
         *     `companyurl` header; the mock takes either form (one account, so
         *     `Origin`/`companyurl` select nothing). **Unverified:** a refresh
         *     token is used once (renewing revokes it, the old access token lives
         *     on until it expires), refresh tokens live 14 days, and refusals are
         *     CoffeeCup's error body (the CLI reads `error` and `raw`): 400
         *     `E_INVALID_GRANT` for a wrong password or refresh token, 401
         *     `E_INVALID_CLIENT` for unknown client credentials. The
         *     `client_credentials` grant (server administrators) is not mocked.
         */
        post: operations["createToken"];
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
         * The account's throttle status
         * @description **Unverified:** named only in the intro (copied from Harvest's), not
         *     in any resource document; the fields are Harvest's. Not counted by
         *     the throttle.
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
    "/v1/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The authenticated user
         * @description `{"user": {...}}`; the CLI reads `user.id` (and `email`).
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
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Administrators see every user; a regular user only themselves
         *     (**unverified**).
         */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * One user
         * @description **Unverified:** the blueprint read by id; a regular user may read only
         *     themselves.
         */
        get: operations["getUser"];
        /**
         * Change a user
         * @description Documented for archiving (`{"user": {"status": 0}}`; the docs send
         *     `"0"`, a string, which is taken too). Administrators only.
         */
        put: operations["updateUser"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List projects
         * @description `?status[]=1`, `?where={"client":null}` (internal projects).
         *     **Observed:** the CLI lists `?status=1` and reads `meta.total`.
         */
        get: operations["listProjects"];
        put?: never;
        /**
         * Create a project
         * @description `name` and `code` at least; `client` must be active. Administrators
         *     only.
         */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** One project */
        get: operations["getProject"];
        /**
         * Change a project
         * @description Partial. `{"project": {"status": 0}}` completes the project (cascades to
         *     its task and user assignments; no new assignments or time entries
         *     afterwards). Administrators only.
         */
        put: operations["updateProject"];
        post?: never;
        /**
         * Delete a project
         * @description 500 "Could not delete model" while time entries are on it.
         *     Administrators only.
         */
        delete: operations["deleteProject"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List clients
         * @description `?status[]=`, `?where={"updatedAt":{">=":"2013-01-01 17:23"}}`.
         */
        get: operations["listClients"];
        put?: never;
        /**
         * Create a client
         * @description `name` at least. Administrators only.
         */
        post: operations["createClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** One client */
        get: operations["getClient"];
        /**
         * Change a client
         * @description Partial. `{"client": {"status": 0}}` archives it and completes its
         *     projects (no new projects for an archived client). Administrators only.
         */
        put: operations["updateClient"];
        post?: never;
        /**
         * Delete a client
         * @description 500 "Could not delete model" while it has projects or time entries.
         *     Administrators only.
         */
        delete: operations["deleteClient"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tasks
         * @description Account-wide tasks.
         */
        get: operations["listTasks"];
        put?: never;
        /**
         * Create a task
         * @description `label` at least. Administrators only.
         */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** One task */
        get: operations["getTask"];
        /**
         * Change a task
         * @description Partial; `status: 0` archives it and its task assignments.
         *     Administrators only.
         */
        put: operations["updateTask"];
        post?: never;
        /**
         * Delete a task
         * @description 500 "Could not delete model" while time entries use it. Administrators
         *     only.
         */
        delete: operations["deleteTask"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/taskAssignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List task assignments
         * @description Filters `status[]`, `project[]`, `task[]` (and the CLI's idea
         *     `where={"project": 90545}`).
         */
        get: operations["listTaskAssignments"];
        put?: never;
        /**
         * Create a task assignment
         * @description `task` and `project` (active, not yet assigned). Administrators only.
         */
        post: operations["createTaskAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/taskAssignments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * One task assignment
         * @description **Unverified:** the blueprint read by id.
         */
        get: operations["getTaskAssignment"];
        /**
         * Change a task assignment
         * @description Partial; `status: 0` archives it (its project+task time entries can no
         *     longer be changed). Administrators only.
         */
        put: operations["updateTaskAssignment"];
        post?: never;
        /**
         * Delete a task assignment
         * @description 500 "Could not delete model" while time entries of its project and task
         *     exist. Administrators only.
         */
        delete: operations["deleteTaskAssignment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/userAssignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List user assignments
         * @description Filters `status[]`, `project[]`, `user[]`.
         */
        get: operations["listUserAssignments"];
        put?: never;
        /**
         * Create a user assignment
         * @description `user` and `project` (active, not yet assigned). Administrators only.
         */
        post: operations["createUserAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/userAssignments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * One user assignment
         * @description **Unverified:** the blueprint read by id.
         */
        get: operations["getUserAssignment"];
        /**
         * Change a user assignment
         * @description Partial; `status: 0` archives it. Administrators only.
         */
        put: operations["updateUserAssignment"];
        post?: never;
        /**
         * Delete a user assignment
         * @description 500 "Could not delete model" while time entries of its project and user
         *     exist. Administrators only.
         */
        delete: operations["deleteUserAssignment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/timeEntries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List time entries
         * @description Documented: `status[]`, `project[]`, `user[]`, `where` day ranges
         *     (`{"day":{">=":"2013-01-01","<=":"2015-01-31"}}`) and paging.
         *     **Observed:** the CLI asks for one user's day,
         *     `/v1/timeentries?limit=1000&where={"user":"4","day":"2026-01-05"}&sort=day ASC,sorting ASC`
         *     (the user id as a string: Waterline compares it as the attribute's
         *     type), later `?user=4&day=2026-01-05` and
         *     `?limit=1&user=4&project=7&sort=day DESC` (its last entry on a
         *     project; `meta.total` 0 means none). A regular user sees only their
         *     own entries (**unverified**). A running entry's `duration` grows with
         *     the clock.
         */
        get: operations["listTimeEntries"];
        put?: never;
        /**
         * Create a time entry (or start a running one)
         * @description Documented: `{"timeEntry": {"user", "task", "project", "comment"}}`
         *     answers 201; with `"running": true` the entry starts running and the
         *     answer is 200 (as documented). **Observed:** the CLI also sends
         *     `day`, `duration`, `sorting` and `trackingType` (`"WORK"`), and
         *     `running: true` to start one. `user` defaults to the caller; a
         *     regular user books only for themselves. The project must be active
         *     and the task active (**unverified**). Starting a running entry stops
         *     the user's other running one unless the user
         *     `allowConcurrentTimeEntries` (**unverified**: the docs only name the
         *     flag). `team` is the user's team (server-set; **observed** field).
         */
        post: operations["createTimeEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/timeEntries/batchUpdate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change several time entries at once
         * @description **Observed:** the CLI (2024) posts `{"timeEntries": [{"id": 7,
         *     "running": false, ...}, ...]}` to stop one entry and start another
         *     in one call, and reads only `status` from the answer. Each item is a
         *     partial update of the entry with its `id`, applied as `PUT
         *     /v1/timeEntries/{id}` would; all or nothing (**unverified**: any
         *     refused item refuses the batch, naming its index). The answer lists
         *     the entries as they are now (**unverified**).
         */
        post: operations["batchUpdateTimeEntries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/timeEntries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * One time entry
         * @description **Unverified:** the blueprint read by id (regular users: their own).
         */
        get: operations["getTimeEntry"];
        /**
         * Change a time entry (comment, stop, resume, archive)
         * @description Documented, partial: `{"timeEntry": {"comment": "..."}}`;
         *     `{"running": false}` stops it and the answer carries the accumulated
         *     `duration` in seconds; `{"running": false, "duration": 1000}` stops
         *     it with that duration; `{"status": 0}` archives it. **Observed:** the
         *     CLI sends the whole entry as it read it (`id`, `createdAt`, `team`
         *     included; they are taken and ignored) with `running: true` to resume
         *     it. An archived entry, or one whose task assignment is archived, can
         *     no longer be changed (**unverified**: 400).
         */
        put: operations["updateTimeEntry"];
        post?: never;
        /** Delete a time entry */
        delete: operations["deleteTimeEntry"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Documented for an invalid token; the same keys on every error (**unverified**). `raw` is the message (the CLI reports it). */
        Error: {
            error: string;
            status: number;
            summary: string;
            raw: string;
            /** @description **Unverified** (Sails' E_VALIDATION): attribute -> the rules it broke. */
            invalidAttributes?: {
                [key: string]: {
                    rule: string;
                    message: string;
                }[];
            };
        };
        TokenRequest: {
            /** @enum {string} */
            grant_type: "password" | "refresh_token";
            username?: string;
            password?: string;
            refresh_token?: string;
            client_id?: string;
            client_secret?: string;
        };
        TokenResponse: {
            /** @enum {string} */
            token_type: "bearer";
            access_token: string;
            /** @description Seconds the access token lives (3600 in the docs). */
            expires_in: number;
            refresh_token: string;
        };
        /** @description **Unverified**: Harvest's fields. */
        RateLimitStatus: {
            /** Format: date-time */
            last_access_at: string | null;
            count: number;
            timeframe_limit: number;
            max_calls: number;
            lockout_seconds: number;
        };
        Meta: {
            skip: number;
            limit: number;
            /** @description Every match, not only this page's (the CLI sizes its list by it). */
            total: number;
            /** @description The criteria applied (`where` and the attribute parameters). */
            criteria: {
                [key: string]: unknown;
            };
        };
        /**
         * @description 1 active, 0 archived (completed, inactive).
         * @enum {integer}
         */
        Status: 0 | 1;
        Ref: number;
        /** Format: date-time */
        Timestamp: string;
        Money: number | null;
        /** @description A user (the docs list more, personal and HR fields; the mock sends these). */
        User: {
            id: components["schemas"]["Ref"];
            status: components["schemas"]["Status"];
            firstname: string;
            lastname: string;
            /** Format: email */
            email: string;
            hourlyRate?: components["schemas"]["Money"];
            /** @enum {string} */
            dateFormat?: "MM/DD/YYYY" | "DD/MM/YYYY" | "YYYY-MM-DD" | "DD.MM.YYYY" | "YYYY.MM.DD" | "YYYY/MM/DD";
            /** @enum {string} */
            timeFormat?: "hh:mma" | "HH:mm";
            /**
             * @description 0 `h:mm`, 1 decimal.
             * @enum {integer}
             */
            durationFormat?: 0 | 1;
            language?: string;
            timezone?: string;
            /** @enum {string} */
            beginningOfWeek?: "saturday" | "sunday" | "monday";
            /** @enum {integer} */
            imageType?: 0 | 1;
            /** @enum {integer} */
            passwordStatus?: 0 | 1 | 2;
            vacationDaysPerYear?: number;
            allowConcurrentTimeEntries: boolean;
            visibleDaysPerWeek?: number;
            /** @enum {integer} */
            timeEntryBackgroundColor?: 1 | 2 | 3;
            jobLabel?: string | null;
            department?: string | null;
            createdAt?: components["schemas"]["Timestamp"];
            updatedAt?: components["schemas"]["Timestamp"];
        };
        UserInput: {
            /** @description The docs archive with the string `"0"`; numbers are taken too. */
            status?: components["schemas"]["Status"] | ("0" | "1");
            firstname?: string;
            lastname?: string;
            hourlyRate?: components["schemas"]["Money"];
            language?: string;
            timezone?: string;
            allowConcurrentTimeEntries?: boolean;
            jobLabel?: string | null;
            department?: string | null;
        };
        UserEnvelope: {
            user: components["schemas"]["User"];
        };
        UserBody: {
            user: components["schemas"]["UserInput"];
        };
        UserList: {
            users: components["schemas"]["User"][];
            meta: components["schemas"]["Meta"];
        };
        Project: {
            id: components["schemas"]["Ref"];
            /** @description The client, or null for an internal project. */
            client: number | null;
            color?: string | null;
            status: components["schemas"]["Status"];
            name: string;
            comment?: string | null;
            code: string;
            /**
             * @description 0 no rate, 1 client rate, 2 project rate (`hourlyRate`), 3 per user assignment, 4 per task assignment.
             * @enum {integer}
             */
            billBy: 0 | 1 | 2 | 3 | 4;
            /**
             * @description 0 none, 1 total hours (`budgetHours`), 2 total amount (`budget`), 3 per assigned user, 4 per assigned task.
             * @enum {integer}
             */
            budgetBy: 0 | 1 | 2 | 3 | 4;
            hourlyRate?: components["schemas"]["Money"];
            budget?: components["schemas"]["Money"];
            budgetHours?: components["schemas"]["Money"];
            createdAt?: components["schemas"]["Timestamp"];
            updatedAt?: components["schemas"]["Timestamp"];
        };
        ProjectInput: {
            client?: number | null;
            color?: string | null;
            status?: components["schemas"]["Status"];
            name?: string;
            comment?: string | null;
            code?: string;
            /** @enum {integer} */
            billBy?: 0 | 1 | 2 | 3 | 4;
            /** @enum {integer} */
            budgetBy?: 0 | 1 | 2 | 3 | 4;
            hourlyRate?: components["schemas"]["Money"];
            budget?: components["schemas"]["Money"];
            budgetHours?: components["schemas"]["Money"];
        };
        ProjectEnvelope: {
            project: components["schemas"]["Project"];
        };
        ProjectBody: {
            project: components["schemas"]["ProjectInput"];
        };
        ProjectCreateBody: {
            project: components["schemas"]["ProjectInput"] & {
                name: string;
                code: string;
            };
        };
        ProjectList: {
            projects: components["schemas"]["Project"][];
            meta: components["schemas"]["Meta"];
        };
        Client: {
            id: components["schemas"]["Ref"];
            status: components["schemas"]["Status"];
            name: string;
            website?: string | null;
            code?: string | null;
            hourlyRate?: components["schemas"]["Money"];
            /**
             * @description 0 uploaded, 1 Gravatar.
             * @enum {integer}
             */
            imageType?: 0 | 1;
            createdAt?: components["schemas"]["Timestamp"];
            updatedAt?: components["schemas"]["Timestamp"];
        };
        ClientInput: {
            status?: components["schemas"]["Status"];
            name?: string;
            website?: string | null;
            code?: string | null;
            hourlyRate?: components["schemas"]["Money"];
            /** @enum {integer} */
            imageType?: 0 | 1;
        };
        ClientEnvelope: {
            client: components["schemas"]["Client"];
        };
        ClientBody: {
            client: components["schemas"]["ClientInput"];
        };
        ClientCreateBody: {
            client: components["schemas"]["ClientInput"] & {
                name: string;
            };
        };
        ClientList: {
            clients: components["schemas"]["Client"][];
            meta: components["schemas"]["Meta"];
        };
        Task: {
            id: components["schemas"]["Ref"];
            status: components["schemas"]["Status"];
            label: string;
            code?: string | null;
            hourlyRate?: components["schemas"]["Money"];
            favorite?: boolean;
            /** @description The default for new task assignments. */
            billable: boolean;
            color?: string | null;
            createdAt?: components["schemas"]["Timestamp"];
            updatedAt?: components["schemas"]["Timestamp"];
        };
        TaskInput: {
            status?: components["schemas"]["Status"];
            label?: string;
            code?: string | null;
            hourlyRate?: components["schemas"]["Money"];
            favorite?: boolean;
            billable?: boolean;
            color?: string | null;
        };
        TaskEnvelope: {
            task: components["schemas"]["Task"];
        };
        TaskBody: {
            task: components["schemas"]["TaskInput"];
        };
        TaskCreateBody: {
            task: components["schemas"]["TaskInput"] & {
                label: string;
            };
        };
        TaskList: {
            tasks: components["schemas"]["Task"][];
            meta: components["schemas"]["Meta"];
        };
        TaskAssignment: {
            id: components["schemas"]["Ref"];
            status: components["schemas"]["Status"];
            billable: boolean;
            hourlyRate?: components["schemas"]["Money"];
            budgetHours?: components["schemas"]["Money"];
            task: components["schemas"]["Ref"];
            project: components["schemas"]["Ref"];
            createdAt?: components["schemas"]["Timestamp"];
            updatedAt?: components["schemas"]["Timestamp"];
        };
        TaskAssignmentInput: {
            status?: components["schemas"]["Status"];
            billable?: boolean;
            hourlyRate?: components["schemas"]["Money"];
            budgetHours?: components["schemas"]["Money"];
            task?: components["schemas"]["Ref"];
            project?: components["schemas"]["Ref"];
        };
        TaskAssignmentEnvelope: {
            taskAssignment: components["schemas"]["TaskAssignment"];
        };
        TaskAssignmentBody: {
            taskAssignment: components["schemas"]["TaskAssignmentInput"];
        };
        TaskAssignmentCreateBody: {
            taskAssignment: components["schemas"]["TaskAssignmentInput"] & {
                task: number;
                project: number;
            };
        };
        TaskAssignmentList: {
            taskAssignments: components["schemas"]["TaskAssignment"][];
            meta: components["schemas"]["Meta"];
        };
        UserAssignment: {
            id: components["schemas"]["Ref"];
            status: components["schemas"]["Status"];
            hourlyRate?: components["schemas"]["Money"];
            budgetHours?: components["schemas"]["Money"];
            user: components["schemas"]["Ref"];
            project: components["schemas"]["Ref"];
            isProjectManager: boolean;
            createdAt?: components["schemas"]["Timestamp"];
            updatedAt?: components["schemas"]["Timestamp"];
        };
        UserAssignmentInput: {
            status?: components["schemas"]["Status"];
            hourlyRate?: components["schemas"]["Money"];
            budgetHours?: components["schemas"]["Money"];
            user?: components["schemas"]["Ref"];
            project?: components["schemas"]["Ref"];
            isProjectManager?: boolean;
        };
        UserAssignmentEnvelope: {
            userAssignment: components["schemas"]["UserAssignment"];
        };
        UserAssignmentBody: {
            userAssignment: components["schemas"]["UserAssignmentInput"];
        };
        UserAssignmentCreateBody: {
            userAssignment: components["schemas"]["UserAssignmentInput"] & {
                user: number;
                project: number;
            };
        };
        UserAssignmentList: {
            userAssignments: components["schemas"]["UserAssignment"][];
            meta: components["schemas"]["Meta"];
        };
        /** Format: date */
        Day: string;
        TimeOfDay: string | null;
        TimeEntry: {
            id: components["schemas"]["Ref"];
            user: components["schemas"]["Ref"];
            project: components["schemas"]["Ref"];
            task: components["schemas"]["Ref"];
            /** @description **Observed** (the CLI reads it): the user's team, set by the server. */
            team?: number | null;
            status: components["schemas"]["Status"];
            day: components["schemas"]["Day"];
            starttime?: components["schemas"]["TimeOfDay"];
            endtime?: components["schemas"]["TimeOfDay"];
            /** @description Seconds; a running entry's grows with the clock. */
            duration: number;
            running: boolean;
            comment: string;
            /** @description **Observed:** the order within the day. */
            sorting?: number;
            /** @description **Observed:** e.g. `WORK`. */
            trackingType?: string;
            createdAt?: components["schemas"]["Timestamp"];
            updatedAt?: components["schemas"]["Timestamp"];
        };
        TimeEntryInput: {
            /** @description Taken and ignored (the CLI sends the entry as it read it). */
            id?: number;
            user?: components["schemas"]["Ref"];
            project?: components["schemas"]["Ref"];
            task?: components["schemas"]["Ref"];
            /** @description Taken and ignored (server-set). */
            team?: number | null;
            status?: components["schemas"]["Status"];
            day?: components["schemas"]["Day"];
            starttime?: components["schemas"]["TimeOfDay"];
            endtime?: components["schemas"]["TimeOfDay"];
            duration?: number;
            running?: boolean;
            comment?: string;
            sorting?: number;
            trackingType?: string;
            /** @description Taken and ignored. */
            createdAt?: string;
            /** @description Taken and ignored. */
            updatedAt?: string;
        };
        TimeEntryEnvelope: {
            timeEntry: components["schemas"]["TimeEntry"];
        };
        TimeEntryBody: {
            timeEntry: components["schemas"]["TimeEntryInput"] & {
                project: number;
                task: number;
            };
        };
        TimeEntryUpdateBody: {
            timeEntry: components["schemas"]["TimeEntryInput"];
        };
        TimeEntryBatch: {
            timeEntries: (components["schemas"]["TimeEntryInput"] & {
                id: number;
            })[];
        };
        TimeEntryBatchResult: {
            timeEntries: components["schemas"]["TimeEntry"][];
        };
        TimeEntryList: {
            timeEntries: components["schemas"]["TimeEntry"][];
            meta: components["schemas"]["Meta"];
        };
    };
    responses: {
        /**
         * @description Invalid input (`E_VALIDATION` with `invalidAttributes`, Sails' shape,
         *     **unverified**) or a refused request (`E_BAD_REQUEST`).
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No access token, or an expired one (`E_UNAUTHORIZED`, **unverified**; the CLI refreshes its token when `status` is 401). On the token endpoint, unknown client credentials. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description An access token no one issued (documented: `E_FORBIDDEN`, "The access token provided is invalid."), or a role that may not do this (**unverified**). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such object (or none the caller may see). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A body over the mock's limit (JSON 1 MiB; **specified**: the docs name no limit). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A body without `Content-Type: application/json` ("The API accepts only JSON requests"). */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Documented: the object still has dependants ("Could not delete model"). */
        CouldNotDelete: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description More than 100 calls in 15 seconds for the account (**unverified**, the intro only); each call while blocked restarts the block. */
        Throttled: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        Id: number;
        /**
         * @description Waterline criteria as JSON (URL-encoded), documented:
         *     `{"day":{">=":"2013-01-01","<=":"2015-01-31"}}`, `{"client":null}`,
         *     `{"updatedAt":{">=":"2013-01-01 17:23"}}`. An attribute equals a
         *     value (`{"user":4}`; a numeric string counts as the number, as the
         *     CLI's `{"user":"4"}`), is in a list (`{"id":[1,2]}`), or meets
         *     modifiers `<`, `<=`, `>`, `>=`, `!` (`!=`), `in`, `nin`, `contains`,
         *     `startsWith`, `endsWith`, `like` (`%` wildcards); `or` takes a list of
         *     criteria. An attribute the resource does not have is a 400
         *     (**unverified**).
         */
        Where: string;
        /** @description Items per answer (default 30, as the docs' `meta` shows; the CLI asks for 1000). Values above 10000 are capped (**unverified**). */
        Limit: number;
        /** @description **Unverified** as a parameter (the docs show only `meta.skip`): items to skip before the page. */
        Skip: number;
        /** @description **Observed:** attributes with `ASC` or `DESC`, comma-separated, e.g. `day ASC,sorting ASC` (default `id ASC`). An attribute the resource does not have is a 400 (**unverified**). */
        Sort: string;
        /** @description **Observed** (the CLI lists `?status=1`): only active (1) or archived (0) ones. */
        StatusFilter: 0 | 1;
        /** @description Documented: `?status[]=0`, `?status[]=1`, or both. */
        StatusList: (0 | 1)[];
        /** @description Documented: only these ids. */
        IdList: number[];
        /** @description **Observed** (the CLI on time entries): only this user's. */
        UserFilter: number;
        /** @description Documented: only these users'. */
        UserList: number[];
        /** @description **Observed** on time entries (the CLI); Sails blueprints take any attribute so (**unverified** elsewhere). */
        ProjectFilter: number;
        /** @description Documented: only these projects'. */
        ProjectList: number[];
        /** @description **Unverified** (Sails blueprints take any attribute as a parameter): only this task's. */
        TaskFilter: number;
        /** @description Documented: only these tasks'. */
        TaskList: number[];
        /** @description **Observed** (the CLI): only this day's entries. */
        DayFilter: string;
    };
    requestBodies: never;
    headers: {
        /** @description Seconds until the throttle lifts (RFC 2616 section 14.37). */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description A new access token (and refresh token). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
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
            /** @description The throttle state of the caller's account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
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
            /** @description The caller. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Throttled"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /**
                 * @description Waterline criteria as JSON (URL-encoded), documented:
                 *     `{"day":{">=":"2013-01-01","<=":"2015-01-31"}}`, `{"client":null}`,
                 *     `{"updatedAt":{">=":"2013-01-01 17:23"}}`. An attribute equals a
                 *     value (`{"user":4}`; a numeric string counts as the number, as the
                 *     CLI's `{"user":"4"}`), is in a list (`{"id":[1,2]}`), or meets
                 *     modifiers `<`, `<=`, `>`, `>=`, `!` (`!=`), `in`, `nin`, `contains`,
                 *     `startsWith`, `endsWith`, `like` (`%` wildcards); `or` takes a list of
                 *     criteria. An attribute the resource does not have is a 400
                 *     (**unverified**).
                 */
                where?: components["parameters"]["Where"];
                /** @description Items per answer (default 30, as the docs' `meta` shows; the CLI asks for 1000). Values above 10000 are capped (**unverified**). */
                limit?: components["parameters"]["Limit"];
                /** @description **Unverified** as a parameter (the docs show only `meta.skip`): items to skip before the page. */
                skip?: components["parameters"]["Skip"];
                /** @description **Observed:** attributes with `ASC` or `DESC`, comma-separated, e.g. `day ASC,sorting ASC` (default `id ASC`). An attribute the resource does not have is a 400 (**unverified**). */
                sort?: components["parameters"]["Sort"];
                /** @description **Observed** (the CLI lists `?status=1`): only active (1) or archived (0) ones. */
                status?: components["parameters"]["StatusFilter"];
                /** @description Documented: `?status[]=0`, `?status[]=1`, or both. */
                "status[]"?: components["parameters"]["StatusList"];
                /** @description Documented: only these ids. */
                "id[]"?: components["parameters"]["IdList"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of users and `meta`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Throttled"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Throttled"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserBody"];
            };
        };
        responses: {
            /** @description The user as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Throttled"];
        };
    };
    listProjects: {
        parameters: {
            query?: {
                /**
                 * @description Waterline criteria as JSON (URL-encoded), documented:
                 *     `{"day":{">=":"2013-01-01","<=":"2015-01-31"}}`, `{"client":null}`,
                 *     `{"updatedAt":{">=":"2013-01-01 17:23"}}`. An attribute equals a
                 *     value (`{"user":4}`; a numeric string counts as the number, as the
                 *     CLI's `{"user":"4"}`), is in a list (`{"id":[1,2]}`), or meets
                 *     modifiers `<`, `<=`, `>`, `>=`, `!` (`!=`), `in`, `nin`, `contains`,
                 *     `startsWith`, `endsWith`, `like` (`%` wildcards); `or` takes a list of
                 *     criteria. An attribute the resource does not have is a 400
                 *     (**unverified**).
                 */
                where?: components["parameters"]["Where"];
                /** @description Items per answer (default 30, as the docs' `meta` shows; the CLI asks for 1000). Values above 10000 are capped (**unverified**). */
                limit?: components["parameters"]["Limit"];
                /** @description **Unverified** as a parameter (the docs show only `meta.skip`): items to skip before the page. */
                skip?: components["parameters"]["Skip"];
                /** @description **Observed:** attributes with `ASC` or `DESC`, comma-separated, e.g. `day ASC,sorting ASC` (default `id ASC`). An attribute the resource does not have is a 400 (**unverified**). */
                sort?: components["parameters"]["Sort"];
                /** @description **Observed** (the CLI lists `?status=1`): only active (1) or archived (0) ones. */
                status?: components["parameters"]["StatusFilter"];
                /** @description Documented: `?status[]=0`, `?status[]=1`, or both. */
                "status[]"?: components["parameters"]["StatusList"];
                /** @description Documented: only these ids. */
                "id[]"?: components["parameters"]["IdList"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of projects and `meta`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Throttled"];
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
                "application/json": components["schemas"]["ProjectCreateBody"];
            };
        };
        responses: {
            /** @description The new project. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Throttled"];
        };
    };
    getProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Throttled"];
        };
    };
    updateProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectBody"];
            };
        };
        responses: {
            /** @description The project as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Throttled"];
        };
    };
    deleteProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the deleted project. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["CouldNotDelete"];
            503: components["responses"]["Throttled"];
        };
    };
    listClients: {
        parameters: {
            query?: {
                /**
                 * @description Waterline criteria as JSON (URL-encoded), documented:
                 *     `{"day":{">=":"2013-01-01","<=":"2015-01-31"}}`, `{"client":null}`,
                 *     `{"updatedAt":{">=":"2013-01-01 17:23"}}`. An attribute equals a
                 *     value (`{"user":4}`; a numeric string counts as the number, as the
                 *     CLI's `{"user":"4"}`), is in a list (`{"id":[1,2]}`), or meets
                 *     modifiers `<`, `<=`, `>`, `>=`, `!` (`!=`), `in`, `nin`, `contains`,
                 *     `startsWith`, `endsWith`, `like` (`%` wildcards); `or` takes a list of
                 *     criteria. An attribute the resource does not have is a 400
                 *     (**unverified**).
                 */
                where?: components["parameters"]["Where"];
                /** @description Items per answer (default 30, as the docs' `meta` shows; the CLI asks for 1000). Values above 10000 are capped (**unverified**). */
                limit?: components["parameters"]["Limit"];
                /** @description **Unverified** as a parameter (the docs show only `meta.skip`): items to skip before the page. */
                skip?: components["parameters"]["Skip"];
                /** @description **Observed:** attributes with `ASC` or `DESC`, comma-separated, e.g. `day ASC,sorting ASC` (default `id ASC`). An attribute the resource does not have is a 400 (**unverified**). */
                sort?: components["parameters"]["Sort"];
                /** @description **Observed** (the CLI lists `?status=1`): only active (1) or archived (0) ones. */
                status?: components["parameters"]["StatusFilter"];
                /** @description Documented: `?status[]=0`, `?status[]=1`, or both. */
                "status[]"?: components["parameters"]["StatusList"];
                /** @description Documented: only these ids. */
                "id[]"?: components["parameters"]["IdList"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of clients and `meta`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Throttled"];
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
                "application/json": components["schemas"]["ClientCreateBody"];
            };
        };
        responses: {
            /** @description The new client. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Throttled"];
        };
    };
    getClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Throttled"];
        };
    };
    updateClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientBody"];
            };
        };
        responses: {
            /** @description The client as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Throttled"];
        };
    };
    deleteClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the deleted client. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["CouldNotDelete"];
            503: components["responses"]["Throttled"];
        };
    };
    listTasks: {
        parameters: {
            query?: {
                /**
                 * @description Waterline criteria as JSON (URL-encoded), documented:
                 *     `{"day":{">=":"2013-01-01","<=":"2015-01-31"}}`, `{"client":null}`,
                 *     `{"updatedAt":{">=":"2013-01-01 17:23"}}`. An attribute equals a
                 *     value (`{"user":4}`; a numeric string counts as the number, as the
                 *     CLI's `{"user":"4"}`), is in a list (`{"id":[1,2]}`), or meets
                 *     modifiers `<`, `<=`, `>`, `>=`, `!` (`!=`), `in`, `nin`, `contains`,
                 *     `startsWith`, `endsWith`, `like` (`%` wildcards); `or` takes a list of
                 *     criteria. An attribute the resource does not have is a 400
                 *     (**unverified**).
                 */
                where?: components["parameters"]["Where"];
                /** @description Items per answer (default 30, as the docs' `meta` shows; the CLI asks for 1000). Values above 10000 are capped (**unverified**). */
                limit?: components["parameters"]["Limit"];
                /** @description **Unverified** as a parameter (the docs show only `meta.skip`): items to skip before the page. */
                skip?: components["parameters"]["Skip"];
                /** @description **Observed:** attributes with `ASC` or `DESC`, comma-separated, e.g. `day ASC,sorting ASC` (default `id ASC`). An attribute the resource does not have is a 400 (**unverified**). */
                sort?: components["parameters"]["Sort"];
                /** @description **Observed** (the CLI lists `?status=1`): only active (1) or archived (0) ones. */
                status?: components["parameters"]["StatusFilter"];
                /** @description Documented: `?status[]=0`, `?status[]=1`, or both. */
                "status[]"?: components["parameters"]["StatusList"];
                /** @description Documented: only these ids. */
                "id[]"?: components["parameters"]["IdList"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of tasks and `meta`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Throttled"];
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
                "application/json": components["schemas"]["TaskCreateBody"];
            };
        };
        responses: {
            /** @description The new task. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Throttled"];
        };
    };
    getTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Throttled"];
        };
    };
    updateTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskBody"];
            };
        };
        responses: {
            /** @description The task as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Throttled"];
        };
    };
    deleteTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the deleted task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["CouldNotDelete"];
            503: components["responses"]["Throttled"];
        };
    };
    listTaskAssignments: {
        parameters: {
            query?: {
                /**
                 * @description Waterline criteria as JSON (URL-encoded), documented:
                 *     `{"day":{">=":"2013-01-01","<=":"2015-01-31"}}`, `{"client":null}`,
                 *     `{"updatedAt":{">=":"2013-01-01 17:23"}}`. An attribute equals a
                 *     value (`{"user":4}`; a numeric string counts as the number, as the
                 *     CLI's `{"user":"4"}`), is in a list (`{"id":[1,2]}`), or meets
                 *     modifiers `<`, `<=`, `>`, `>=`, `!` (`!=`), `in`, `nin`, `contains`,
                 *     `startsWith`, `endsWith`, `like` (`%` wildcards); `or` takes a list of
                 *     criteria. An attribute the resource does not have is a 400
                 *     (**unverified**).
                 */
                where?: components["parameters"]["Where"];
                /** @description Items per answer (default 30, as the docs' `meta` shows; the CLI asks for 1000). Values above 10000 are capped (**unverified**). */
                limit?: components["parameters"]["Limit"];
                /** @description **Unverified** as a parameter (the docs show only `meta.skip`): items to skip before the page. */
                skip?: components["parameters"]["Skip"];
                /** @description **Observed:** attributes with `ASC` or `DESC`, comma-separated, e.g. `day ASC,sorting ASC` (default `id ASC`). An attribute the resource does not have is a 400 (**unverified**). */
                sort?: components["parameters"]["Sort"];
                /** @description **Observed** (the CLI lists `?status=1`): only active (1) or archived (0) ones. */
                status?: components["parameters"]["StatusFilter"];
                /** @description Documented: `?status[]=0`, `?status[]=1`, or both. */
                "status[]"?: components["parameters"]["StatusList"];
                /** @description **Observed** on time entries (the CLI); Sails blueprints take any attribute so (**unverified** elsewhere). */
                project?: components["parameters"]["ProjectFilter"];
                /** @description Documented: only these projects'. */
                "project[]"?: components["parameters"]["ProjectList"];
                /** @description **Unverified** (Sails blueprints take any attribute as a parameter): only this task's. */
                task?: components["parameters"]["TaskFilter"];
                /** @description Documented: only these tasks'. */
                "task[]"?: components["parameters"]["TaskList"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of task assignments and `meta`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskAssignmentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Throttled"];
        };
    };
    createTaskAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskAssignmentCreateBody"];
            };
        };
        responses: {
            /** @description The new task assignment. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskAssignmentEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Throttled"];
        };
    };
    getTaskAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task assignment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskAssignmentEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Throttled"];
        };
    };
    updateTaskAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskAssignmentBody"];
            };
        };
        responses: {
            /** @description The task assignment as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskAssignmentEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Throttled"];
        };
    };
    deleteTaskAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the deleted task assignment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskAssignmentEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["CouldNotDelete"];
            503: components["responses"]["Throttled"];
        };
    };
    listUserAssignments: {
        parameters: {
            query?: {
                /**
                 * @description Waterline criteria as JSON (URL-encoded), documented:
                 *     `{"day":{">=":"2013-01-01","<=":"2015-01-31"}}`, `{"client":null}`,
                 *     `{"updatedAt":{">=":"2013-01-01 17:23"}}`. An attribute equals a
                 *     value (`{"user":4}`; a numeric string counts as the number, as the
                 *     CLI's `{"user":"4"}`), is in a list (`{"id":[1,2]}`), or meets
                 *     modifiers `<`, `<=`, `>`, `>=`, `!` (`!=`), `in`, `nin`, `contains`,
                 *     `startsWith`, `endsWith`, `like` (`%` wildcards); `or` takes a list of
                 *     criteria. An attribute the resource does not have is a 400
                 *     (**unverified**).
                 */
                where?: components["parameters"]["Where"];
                /** @description Items per answer (default 30, as the docs' `meta` shows; the CLI asks for 1000). Values above 10000 are capped (**unverified**). */
                limit?: components["parameters"]["Limit"];
                /** @description **Unverified** as a parameter (the docs show only `meta.skip`): items to skip before the page. */
                skip?: components["parameters"]["Skip"];
                /** @description **Observed:** attributes with `ASC` or `DESC`, comma-separated, e.g. `day ASC,sorting ASC` (default `id ASC`). An attribute the resource does not have is a 400 (**unverified**). */
                sort?: components["parameters"]["Sort"];
                /** @description **Observed** (the CLI lists `?status=1`): only active (1) or archived (0) ones. */
                status?: components["parameters"]["StatusFilter"];
                /** @description Documented: `?status[]=0`, `?status[]=1`, or both. */
                "status[]"?: components["parameters"]["StatusList"];
                /** @description **Observed** on time entries (the CLI); Sails blueprints take any attribute so (**unverified** elsewhere). */
                project?: components["parameters"]["ProjectFilter"];
                /** @description Documented: only these projects'. */
                "project[]"?: components["parameters"]["ProjectList"];
                /** @description **Observed** (the CLI on time entries): only this user's. */
                user?: components["parameters"]["UserFilter"];
                /** @description Documented: only these users'. */
                "user[]"?: components["parameters"]["UserList"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of user assignments and `meta`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAssignmentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Throttled"];
        };
    };
    createUserAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserAssignmentCreateBody"];
            };
        };
        responses: {
            /** @description The new user assignment. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAssignmentEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Throttled"];
        };
    };
    getUserAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user assignment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAssignmentEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Throttled"];
        };
    };
    updateUserAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserAssignmentBody"];
            };
        };
        responses: {
            /** @description The user assignment as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAssignmentEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Throttled"];
        };
    };
    deleteUserAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the deleted user assignment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAssignmentEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["CouldNotDelete"];
            503: components["responses"]["Throttled"];
        };
    };
    listTimeEntries: {
        parameters: {
            query?: {
                /**
                 * @description Waterline criteria as JSON (URL-encoded), documented:
                 *     `{"day":{">=":"2013-01-01","<=":"2015-01-31"}}`, `{"client":null}`,
                 *     `{"updatedAt":{">=":"2013-01-01 17:23"}}`. An attribute equals a
                 *     value (`{"user":4}`; a numeric string counts as the number, as the
                 *     CLI's `{"user":"4"}`), is in a list (`{"id":[1,2]}`), or meets
                 *     modifiers `<`, `<=`, `>`, `>=`, `!` (`!=`), `in`, `nin`, `contains`,
                 *     `startsWith`, `endsWith`, `like` (`%` wildcards); `or` takes a list of
                 *     criteria. An attribute the resource does not have is a 400
                 *     (**unverified**).
                 */
                where?: components["parameters"]["Where"];
                /** @description Items per answer (default 30, as the docs' `meta` shows; the CLI asks for 1000). Values above 10000 are capped (**unverified**). */
                limit?: components["parameters"]["Limit"];
                /** @description **Unverified** as a parameter (the docs show only `meta.skip`): items to skip before the page. */
                skip?: components["parameters"]["Skip"];
                /** @description **Observed:** attributes with `ASC` or `DESC`, comma-separated, e.g. `day ASC,sorting ASC` (default `id ASC`). An attribute the resource does not have is a 400 (**unverified**). */
                sort?: components["parameters"]["Sort"];
                /** @description **Observed** (the CLI lists `?status=1`): only active (1) or archived (0) ones. */
                status?: components["parameters"]["StatusFilter"];
                /** @description Documented: `?status[]=0`, `?status[]=1`, or both. */
                "status[]"?: components["parameters"]["StatusList"];
                /** @description Documented: only these ids. */
                "id[]"?: components["parameters"]["IdList"];
                /** @description **Observed** (the CLI on time entries): only this user's. */
                user?: components["parameters"]["UserFilter"];
                /** @description Documented: only these users'. */
                "user[]"?: components["parameters"]["UserList"];
                /** @description **Observed** on time entries (the CLI); Sails blueprints take any attribute so (**unverified** elsewhere). */
                project?: components["parameters"]["ProjectFilter"];
                /** @description Documented: only these projects'. */
                "project[]"?: components["parameters"]["ProjectList"];
                /** @description **Unverified** (Sails blueprints take any attribute as a parameter): only this task's. */
                task?: components["parameters"]["TaskFilter"];
                /** @description Documented: only these tasks'. */
                "task[]"?: components["parameters"]["TaskList"];
                /** @description **Observed** (the CLI): only this day's entries. */
                day?: components["parameters"]["DayFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of time entries and `meta`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Throttled"];
        };
    };
    createTimeEntry: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TimeEntryBody"];
            };
        };
        responses: {
            /** @description A running entry, started (as documented). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryEnvelope"];
                };
            };
            /** @description The new entry. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Throttled"];
        };
    };
    batchUpdateTimeEntries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TimeEntryBatch"];
            };
        };
        responses: {
            /** @description The changed entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryBatchResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Throttled"];
        };
    };
    getTimeEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Throttled"];
        };
    };
    updateTimeEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TimeEntryUpdateBody"];
            };
        };
        responses: {
            /** @description The entry as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Throttled"];
        };
    };
    deleteTimeEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the deleted entry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Throttled"];
        };
    };
}
