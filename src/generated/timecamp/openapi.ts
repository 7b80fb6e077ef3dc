/**
 * Generated from specs/timecamp.yaml by `npm run gen` (openapi-typescript). Do not edit.
 */

export interface paths {
    "/third_party/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every user of the account
         * @description Documented (2020): an array. `display_name` may be null; never-synced users show `synch_time` `1970-01-01 00:00:00`.
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
    "/third_party/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller
         * @description Documented in the newer OpenAPI; the official client's first call.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/third_party/api/user/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One user's details (a comma list gives several)
         * @description One id answers one object, a comma list an array (newer OpenAPI). Regular users may read only themselves (403).
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/third_party/api/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change a user's display name (the caller when no `user_id`)
         * @description 200 with no body (newer OpenAPI). One user at a time; administrators may change others.
         */
        post: operations["updateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/third_party/api/group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every group of the account */
        get: operations["listGroups"];
        /**
         * Create a group (PUT creates)
         * @description `parent_id` is required; one root group, at most four levels (a
         *     deeper parent is a 404). The docs' example answer is a copy of the
         *     clients example; the mock answers the new group (specified).
         */
        put: operations["createGroup"];
        /**
         * Rename or move a group (POST updates)
         * @description `group_id` and at least one of `name`, `parent_id`. 200 with no body (newer OpenAPI: "may return empty body").
         */
        post: operations["updateGroup"];
        /**
         * Delete a group (its sub-groups move to the root group)
         * @description `group_id` in the body (or as a parameter). The root group cannot be deleted (400). 200 with no body (specified).
         */
        delete: operations["deleteGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/third_party/api/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The task tree, keyed by task id (or one task)
         * @description An object keyed by task id (documented). One `task_id` answers that
         *     task's object itself (**observed**: the official client's
         *     `tasks.getById` reads `task_id` from the answer); a comma list the
         *     keyed object of those; an unknown id 404. `status` (newer OpenAPI,
         *     default `active`) or `exclude_archived` (2020 docs: `0` unarchived,
         *     `1` archived, `false` both; wins when given). Numbers in this answer
         *     are JSON numbers (**observed**: the official client keeps tasks
         *     whose `archived === 0`); the docs' examples show strings, so the
         *     schema takes both. Regular users see the tasks they are assigned to
         *     (`ignoreAdminRights=1` does the same for administrators).
         */
        get: operations["listTasks"];
        /**
         * Change a task (`task_id` in the body)
         * @description The changed task, not keyed (newer OpenAPI). 403 "You do not have permissions to modify this task or it does not exist" for a task the caller does not manage; 404 for an unknown `task_id`; moving a task under itself is a 400 (specified).
         */
        put: operations["updateTask"];
        /**
         * Create a project (no `parent_id`) or a sub-task
         * @description `name` is required: without it, 400 "You must provide a name for
         *     the task with post field: name". Answers 201 (newer OpenAPI) with
         *     an object keyed by the new task id, values as strings (its example).
         *     An unknown `parent_id` is a 404 (specified).
         */
        post: operations["createTask"];
        /**
         * Delete a task and its sub-tasks (`task_id` as a parameter)
         * @description The deleted task (newer OpenAPI, which marks it deprecated). `task_id` as a path segment or query parameter (documented), or in the body. A task with time entries cannot be deleted: 400 (specified; archive it instead).
         */
        delete: operations["deleteTask"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/third_party/api/task_details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Name, colour and breadcrumb of some tasks */
        get: operations["getTaskDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/third_party/api/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Time entries started between two dates
         * @description `from` and `to` (`YYYY-MM-DD`) are required. `user_ids` (a comma
         *     list, or `me`; administrators may read anyone's, others only
         *     their own; ids the account does not have are left out, and when
         *     none is known every user's entries come, as the 2020 docs say),
         *     `task_ids` (a comma list). `opt_fields=tags` adds each entry's
         *     `tags`. A running timer's entry is listed with its time so far.
         */
        get: operations["listEntries"];
        /**
         * Change a time entry (`id` in the body)
         * @description The entry as changed (newer OpenAPI). 403 for an entry that is locked (invoiced or in an approved timesheet), of someone else (unless administrator), unknown, or moved onto an archived task; 400 for a bad date or time.
         */
        put: operations["updateEntry"];
        /**
         * Add a time entry
         * @description `date` is required (400 "You must provide a date for the time
         *     entry"); `duration` in seconds unless `start_time` and `end_time`
         *     are given (400 "you must provide a duration in seconds for time
         *     entry"); a start after the end is a 403 (documented). Answers
         *     `{"entry_id": <number>}` (newer OpenAPI). Guests get 403; an
         *     unknown task 404 and an archived one 403 (specified, as for the
         *     timer). `user_id` of another user is for administrators.
         *     `billable` defaults to 0, not to the task's (**observed**: the
         *     official client copies it from the task "because the API does not").
         */
        post: operations["createEntry"];
        /**
         * Delete a time entry (`id` in the body)
         * @description 200 `{"message": "removed"}`; an unknown id **204** (the newer
         *     OpenAPI shows the body `{"message": "No such entry"}` with it, which
         *     HTTP does not carry: none is sent); without `id` 400 "Missing entry
         *     ID"; a locked entry or someone else's 403 (documented).
         */
        delete: operations["deleteEntry"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/third_party/api/entries_changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The manual changes of time entries between two dates
         * @description Every create (`add`), change (`mod`) and delete (`del`) of an entry through the API, newest last. `from` and `to` required (400 `you must provide "from" and "to" date`); `limit`, `task_ids`, `user_ids` (the caller only, for non-administrators).
         */
        get: operations["listEntryChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/third_party/api/timer_running": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The timers running now (the caller's, or everyone's for administrators) */
        get: operations["listRunningTimers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/third_party/api/timer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start, stop or read the caller's timer (`action`)
         * @description `action` `start` (optional `task_id`, `started_at` `YYYY-MM-DD
         *     HH:MM:SS`, default now; answers `new_timer_id` and `entry_id`),
         *     `status` (`isTimerRunning` and, while running, the timer's fields),
         *     `stop` (optional `timer_id`, `stopped_at`; answers `elapsed`,
         *     `entry_id`, `entry_time`). Any other action is a 400 "This action is
         *     not allowed."; an unknown task 404 "No task with such ID"; an
         *     archived task, or a guest, 403 "You cannot track time to this task".
         *     One timer runs per user: starting one stops the running one first
         *     (specified: the docs leave it open). Stopping when none runs is a
         *     400 (specified). The stopped timer's time becomes its entry's
         *     duration.
         */
        post: operations["timerAction"];
        /**
         * Discard the running timer without saving its time
         * @description 200 with no body (newer OpenAPI), also when no timer runs (specified). The timer's entry is removed.
         */
        delete: operations["discardTimer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/third_party/api/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Computer time of a day (or of `dates[]`, at most 20)
         * @description `date` (2020 docs) or `dates[]` (newer OpenAPI) is required (400); `user_id` a comma list (administrators; others get their own).
         */
        get: operations["listActivities"];
        /**
         * Assign existing activities (found by end date and time) to a task or an entry
         * @description The docs give no answer; the mock answers `{"message": "updated", "count": <n>}` with the number of activities changed (specified).
         */
        put: operations["updateActivities"];
        /**
         * Add computer activities (`computer_activities[]`)
         * @description The docs give no answer; the mock answers `{"message": "added", "count": <n>}` (specified). Applications and window titles are created by name. Regular users add only their own (403).
         */
        post: operations["addActivities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/third_party/api/application": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Applications by id, keyed by id */
        get: operations["listApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/third_party/api/window_title": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Window titles by id, keyed by id (a POST since July 2020) */
        post: operations["listWindowTitles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/third_party/api/client": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every client, keyed by client id
         * @description The 2020 docs show an array; the official client reads an object keyed by `clientId` (observed), which the mock answers. The schema takes both.
         */
        get: operations["listClients"];
        /**
         * Create a client (PUT creates)
         * @description `organizationName` is required. Answers an array holding the new client (the docs' example). The official client sends a form with `clientId=-1`.
         */
        put: operations["createClient"];
        /**
         * Change a client (POST updates; `clientId` in the body)
         * @description The changed client (specified; the docs show no answer). An unknown `clientId` is a 404.
         */
        post: operations["updateClient"];
        /**
         * Delete a client (`clientId` in the body)
         * @description Observed: the official client sends `{"clientId": n}` and says it fails while invoices reference the client (400 here). Answers `{"message": "removed"}` (specified).
         */
        delete: operations["deleteClient"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/third_party/api/client/task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tasks of some clients, `{clientId: [taskId, ...]}` */
        get: operations["listClientTasks"];
        put?: never;
        post?: never;
        /**
         * Take tasks off a client (`client_id` parameter, `task_id[]` in the body)
         * @description Observed (the official client). Answers the client's remaining tasks, `{clientId: [taskId, ...]}` (specified). An unknown client is a 404.
         */
        delete: operations["removeClientTasks"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/third_party/api/invoice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every invoice, keyed by invoice id */
        get: operations["listInvoices"];
        /**
         * Create an invoice (PUT creates; `entries[]` its lines)
         * @description The docs mark `invoiceId` required; the official client sends `-1` for a new one, and so may anyone (any value is ignored on create). `clientId` must name a client (404). Answers the new invoice (documented example).
         */
        put: operations["createInvoice"];
        /**
         * Change an invoice (POST updates; `invoiceId` in the body)
         * @description The fields are the create's (specified; the docs name none). `entries[]`, when given, replace the lines. Answers the invoice.
         */
        post: operations["updateInvoice"];
        /**
         * Delete an invoice (`invoiceId` in the body)
         * @description Observed (the official client). Its entries become unlocked again. Answers `{"message": "removed"}` (specified).
         */
        delete: operations["deleteInvoice"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/third_party/api/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * First and last computer activity and total time per user and day
         * @description `from`, `to` required; `users` a comma list (blank: all; regular users get their own). The shape is the newer OpenAPI's (the 2020 docs give none); the mock derives it from the computer activities.
         */
        get: operations["getAttendance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/third_party/api/away_time": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Time away from the computer per user and day
         * @description `from`, `to` required; `users` as for attendance. The answer's shape is undocumented: the mock answers one item per gap of at least 5 minutes between computer activities of a day, `{user_id, date, start_time, end_time, time_span}` (specified).
         */
        get: operations["getAwayTime"];
        put?: never;
        post?: never;
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
        /** @description The documented error body. */
        Error: {
            message: string;
            code: number;
        };
        Message: {
            message: string;
        };
        Count: {
            message: string;
            count: number;
        };
        /** @description A number written as a string, as the docs show ids and counts. */
        NumericString: string;
        /** @description A number or a number written as a string (the docs and the newer OpenAPI differ). */
        IntOrNumericString: number | components["schemas"]["NumericString"];
        /** @description An id as a number or a digit string (form fields are strings). */
        IdInput: number | string;
        /** @description A whole number as a number or a digit string. */
        IntInput: number | string;
        /** @description 0/1 (a number, a digit string, or a boolean). */
        FlagInput: (0 | 1) | ("0" | "1" | "true" | "false") | boolean;
        /** @description Comma-separated ids. */
        IdList: string;
        Date: string;
        /** @description `YYYY-MM-DD HH:MM:SS`, no zone. */
        DateTime: string;
        /** @description `HH:MM:SS`. */
        Time: string;
        /** @description A datetime, `0000-00-00 00:00:00` or empty when never. */
        DateTimeOrZero: string;
        /** @description A date, `0000-00-00` or empty when none. */
        DateOrZero: string;
        User: {
            user_id: components["schemas"]["NumericString"];
            email: string;
            login_count: components["schemas"]["NumericString"];
            display_name: string | null;
            synch_time: components["schemas"]["DateTime"];
            login_time: components["schemas"]["DateTime"];
            group_id: components["schemas"]["NumericString"];
        };
        Me: {
            user_id: components["schemas"]["NumericString"];
            email: string;
            register_time: components["schemas"]["DateTime"];
            display_name: string | null;
            synch_time: string | null;
            root_group_id: components["schemas"]["NumericString"];
            permissions: {
                time_tracking_admin: boolean;
                create_projects: boolean;
                can_view_rates: boolean;
            };
        };
        UserDetails: {
            user_id: components["schemas"]["NumericString"];
            language: components["schemas"]["NumericString"];
            email: string;
            login_count: components["schemas"]["NumericString"];
            login_time: components["schemas"]["DateTime"];
            display_name: string | null;
            time_zone: string;
            root_group_id: components["schemas"]["NumericString"];
            summary: components["schemas"]["NumericString"];
            agent: string;
            primary_group_id: number;
        };
        UserDetailsAnswer: components["schemas"]["UserDetails"] | components["schemas"]["UserDetails"][];
        UserUpdate: {
            user_id?: components["schemas"]["IdInput"];
            display_name?: string;
        };
        Group: {
            group_id: components["schemas"]["NumericString"];
            name: string;
            parent_id: components["schemas"]["NumericString"];
        };
        GroupCreate: {
            parent_id?: components["schemas"]["IdInput"];
            name?: string;
        };
        GroupUpdate: {
            group_id?: components["schemas"]["IdInput"];
            name?: string;
            parent_id?: components["schemas"]["IdInput"];
        };
        GroupDelete: {
            group_id?: components["schemas"]["IdInput"];
        };
        TaskUser: {
            user_id: components["schemas"]["IntOrNumericString"];
            role_id: components["schemas"]["IntOrNumericString"];
        };
        /** @description A task or a project (`parent_id` 0, `level` 1). Lists add `users`, `perms` and `user_access_type`; creates and changes add `checked_date`, `assigned_to`, `due_date`, `context`, `folder`, `repeat`. */
        Task: {
            task_id: components["schemas"]["IntOrNumericString"];
            parent_id: components["schemas"]["IntOrNumericString"];
            assigned_by: components["schemas"]["IntOrNumericString"];
            name: string;
            external_task_id: string | null;
            external_parent_id: string | null;
            level: components["schemas"]["IntOrNumericString"];
            archived: components["schemas"]["IntOrNumericString"];
            tags: string;
            keywords: string;
            budgeted: components["schemas"]["IntOrNumericString"];
            /** @enum {string} */
            budget_unit: "hours" | "fee" | "";
            root_group_id: components["schemas"]["IntOrNumericString"];
            billable: components["schemas"]["IntOrNumericString"];
            note: string | null;
            public_hash: string | null;
            add_date: components["schemas"]["DateTime"];
            modify_time: string | null;
            color: string;
            users?: {
                [key: string]: components["schemas"]["TaskUser"];
            };
            perms?: {
                [key: string]: number;
            };
            user_access_type?: number;
            checked_date?: string | null;
            assigned_to?: string | null;
            due_date?: string | null;
            context?: string | null;
            folder?: string | null;
            repeat?: string | null;
        };
        /** @description Tasks keyed by their id. */
        TaskMap: {
            [key: string]: components["schemas"]["Task"];
        };
        TasksAnswer: components["schemas"]["TaskMap"] | components["schemas"]["Task"];
        TaskFields: {
            name?: string;
            tags?: string;
            keywords?: string;
            parent_id?: components["schemas"]["IdInput"];
            external_task_id?: string;
            external_parent_id?: string;
            budgeted?: components["schemas"]["IntInput"];
            note?: string;
            archived?: components["schemas"]["FlagInput"];
            billable?: components["schemas"]["FlagInput"];
            /** @enum {string} */
            budget_unit?: "hours" | "fee" | "";
            user_ids?: string;
            role?: (1 | 2 | 3 | 5) | ("1" | "2" | "3" | "5");
        };
        TaskCreate: components["schemas"]["TaskFields"];
        TaskUpdate: components["schemas"]["TaskFields"] & {
            task_id?: components["schemas"]["IdInput"];
        };
        TaskDelete: {
            task_id?: components["schemas"]["IdInput"];
        };
        TaskDetail: {
            task_id: components["schemas"]["NumericString"];
            parent_id: components["schemas"]["NumericString"];
            name: string;
            color: string;
            /** @description The names from the project down, joined by ` / `. */
            breadcrumb: string;
        };
        Tag: {
            tagListName: string;
            tagListId: components["schemas"]["NumericString"];
            tagId: components["schemas"]["NumericString"];
            name: string;
            mandatory: components["schemas"]["NumericString"];
        };
        Entry: {
            id: components["schemas"]["IntOrNumericString"];
            duration: components["schemas"]["NumericString"];
            user_id: components["schemas"]["NumericString"];
            user_name: string;
            description: string;
            last_modify: components["schemas"]["DateTime"];
            /** @enum {integer} */
            billable: 0 | 1;
            task_id: components["schemas"]["NumericString"];
            date: components["schemas"]["Date"];
            start_time: string | null;
            end_time: string | null;
            /** @enum {string} */
            locked: "0" | "1";
            name: string;
            addons_external_id: string;
            invoiceId: components["schemas"]["IntOrNumericString"];
            color: string;
            tags?: components["schemas"]["Tag"][];
            hasEntryLocationHistory: boolean;
        };
        EntryTagInput: {
            tagId: components["schemas"]["IdInput"];
        };
        EntryFields: {
            date?: string;
            duration?: components["schemas"]["IntInput"];
            /** @description `HH:MM:SS`, or `YYYY-MM-DD HH:MM:SS` (its date is the entry's). */
            start_time?: string;
            end_time?: string;
            /** @description Wins over `start_time` (newer OpenAPI). */
            start?: string;
            end?: string;
            note?: string;
            description?: string;
            billable?: components["schemas"]["FlagInput"];
            task_id?: components["schemas"]["IdInput"];
        };
        EntryCreate: components["schemas"]["EntryFields"] & {
            user_id?: components["schemas"]["IdInput"];
            tags?: components["schemas"]["EntryTagInput"][];
        };
        EntryUpdate: components["schemas"]["EntryFields"] & {
            id?: components["schemas"]["IdInput"];
            invoiceId?: components["schemas"]["IdInput"];
            updateActivities?: components["schemas"]["FlagInput"];
        };
        EntryDelete: {
            id?: components["schemas"]["IdInput"];
        };
        EntryCreated: {
            entry_id: number;
        };
        EntryChanged: {
            time_span: number;
            entry_id: components["schemas"]["NumericString"];
            user_id: components["schemas"]["NumericString"];
            date: components["schemas"]["Date"];
            task_id: components["schemas"]["NumericString"];
            locked: components["schemas"]["NumericString"];
            last_modify: components["schemas"]["DateTime"];
            note: string;
            start_time_hour: string;
            end_time_hour: string;
            invoiceId: components["schemas"]["NumericString"];
            billable: components["schemas"]["NumericString"];
        };
        EntryChange: {
            entry_id: components["schemas"]["NumericString"];
            old_time_span: components["schemas"]["NumericString"];
            new_time_span: components["schemas"]["NumericString"];
            duration: components["schemas"]["NumericString"];
            /** @enum {string} */
            event_type: "add" | "mod" | "del";
            edited: components["schemas"]["DateTime"];
            user_id: components["schemas"]["NumericString"];
            description: string;
            task_id: components["schemas"]["NumericString"];
            date: components["schemas"]["Date"];
            start_time: string | null;
            end_time: string | null;
            locked: components["schemas"]["NumericString"];
            /** @enum {integer} */
            billable: 0 | 1;
            invoiceId: components["schemas"]["NumericString"];
        };
        RunningTimer: {
            timer_id: components["schemas"]["NumericString"];
            user_id: components["schemas"]["NumericString"];
            task_id: string | null;
            started_at: components["schemas"]["DateTime"];
            name: string | null;
        };
        TimerAction: {
            /** @description `start`, `stop` or `status` (anything else: 400 "This action is not allowed."). */
            action?: string;
            task_id?: components["schemas"]["IdInput"];
            /** @description `create` (2020 docs; the mock always creates the entry). */
            entry_id?: string;
            started_at?: string;
            stopped_at?: string;
            timer_id?: components["schemas"]["IdInput"];
        };
        TimerStarted: {
            new_timer_id: number;
            entry_id: number;
            name: string | null;
            /** @description The task's external id, or false. */
            external_task_id: string | false;
            note: string | null;
        };
        TimerRunning: {
            /** @enum {boolean} */
            isTimerRunning: true;
            elapsed: number;
            entry_id: components["schemas"]["NumericString"];
            timer_id: components["schemas"]["NumericString"];
            start_time: components["schemas"]["DateTime"];
            task_id: string | null;
            name: string | null;
            external_task_id: string | null;
            note: string;
            browser_plugin_button_hash: string;
        };
        TimerIdle: {
            /** @enum {boolean} */
            isTimerRunning: false;
            /** @enum {integer} */
            elapsed: 0;
        };
        TimerStopped: {
            elapsed: number;
            entry_id: components["schemas"]["NumericString"];
            entry_time: number;
        };
        TimerAnswer: components["schemas"]["TimerStarted"] | components["schemas"]["TimerRunning"] | components["schemas"]["TimerIdle"] | components["schemas"]["TimerStopped"];
        Activity: {
            user_id: components["schemas"]["NumericString"];
            application_id: components["schemas"]["NumericString"];
            end_time: components["schemas"]["DateTime"];
            time_span: number;
            window_title_id: components["schemas"]["NumericString"];
            end_date: components["schemas"]["Date"];
            task_id: components["schemas"]["NumericString"];
            entry_id: components["schemas"]["NumericString"];
        };
        ActivityInput: {
            user_id?: components["schemas"]["IdInput"];
            application_name?: string;
            start_time?: string;
            end_time?: string;
            task_id?: components["schemas"]["IdInput"];
            window_title?: string;
            website_domain?: string;
        };
        ActivitiesAdd: {
            computer_activities?: components["schemas"]["ActivityInput"][];
        };
        ActivityChange: {
            end_date?: string;
            end_time?: string;
            task_id?: components["schemas"]["IdInput"];
            entry_id?: components["schemas"]["IdInput"];
        };
        ActivitiesUpdate: {
            user_id?: components["schemas"]["IdInput"];
            params?: components["schemas"]["ActivityChange"][];
        };
        Application: {
            application_id: components["schemas"]["NumericString"];
            app_name: string;
            /** @description (sic) the website for `Internet`. */
            aditional_info: string;
            full_name: string | null;
            category_id: components["schemas"]["NumericString"];
        };
        ApplicationMap: {
            [key: string]: components["schemas"]["Application"];
        };
        WindowTitle: {
            window_title_id: components["schemas"]["NumericString"];
            window_title: string;
        };
        WindowTitleMap: {
            [key: string]: components["schemas"]["WindowTitle"];
        };
        WindowTitleQuery: {
            window_title_ids?: string;
        };
        Client: {
            clientId: number;
            firstName: string;
            lastName: string;
            organizationName: string;
            address: string;
            currencyId: number;
            email: string;
            rootGroupId: components["schemas"]["NumericString"];
            addedBy: components["schemas"]["NumericString"];
            added: components["schemas"]["DateTime"];
        };
        ClientList: {
            [key: string]: components["schemas"]["Client"];
        } | components["schemas"]["Client"][];
        ClientCreated: components["schemas"]["Client"][] | components["schemas"]["Client"];
        ClientFields: {
            organizationName?: string;
            firstName?: string;
            lastName?: string;
            address?: string;
            email?: string;
            currencyId?: components["schemas"]["IdInput"];
            clientId?: components["schemas"]["IdInput"];
        };
        ClientCreate: components["schemas"]["ClientFields"];
        ClientUpdate: components["schemas"]["ClientFields"];
        ClientDelete: {
            clientId?: components["schemas"]["IdInput"];
        };
        ClientTasks: {
            [key: string]: number[];
        };
        ClientTasksRemove: {
            task_id?: components["schemas"]["IdInput"][];
        };
        InvoiceEntry: {
            invoiceId: number;
            invoiceEntryId: number;
            description: string;
            /** @enum {integer} */
            type: 0 | 1;
            quantity: number;
            unitCost: number;
            taxId: number;
            name: string;
        };
        Invoice: {
            invoiceId: number;
            clientId: number;
            invoiceNumber: string;
            description: string;
            issueDate: components["schemas"]["DateOrZero"];
            dueDate: components["schemas"]["DateOrZero"];
            editDate: components["schemas"]["DateTime"];
            /**
             * @description 0 draft, 1 pending, 2 paid.
             * @enum {integer}
             */
            status: 0 | 1 | 2;
            sentDate: components["schemas"]["DateTimeOrZero"];
            viewedDate: components["schemas"]["DateTimeOrZero"];
            addDate: components["schemas"]["DateTime"];
            paidDate: components["schemas"]["DateTimeOrZero"];
            noteToClient: string;
            pass: string;
            poNumber: string;
            userId: components["schemas"]["IntOrNumericString"];
            currencyId: number;
            rootGroupId: components["schemas"]["IntOrNumericString"];
            publicHash: string;
            quote: boolean;
            entries: components["schemas"]["InvoiceEntry"][];
        };
        InvoiceMap: {
            [key: string]: components["schemas"]["Invoice"];
        };
        InvoiceEntryInput: {
            description?: string;
            type?: components["schemas"]["FlagInput"];
            quantity?: number | string;
            unitCost?: number | string;
            taxId?: components["schemas"]["IdInput"];
            name?: string;
            invoiceEntryId?: components["schemas"]["IdInput"];
        };
        InvoiceFields: {
            invoiceId?: components["schemas"]["IdInput"];
            clientId?: components["schemas"]["IdInput"];
            invoiceNumber?: string;
            currencyId?: components["schemas"]["IdInput"];
            status?: (0 | 1 | 2) | ("0" | "1" | "2");
            description?: string;
            issueDate?: string;
            noteToClient?: string;
            poNumber?: string;
            dueDate?: string;
            quote?: components["schemas"]["FlagInput"];
            entries?: components["schemas"]["InvoiceEntryInput"][];
        };
        InvoiceCreate: components["schemas"]["InvoiceFields"];
        InvoiceUpdate: components["schemas"]["InvoiceFields"];
        InvoiceDelete: {
            invoiceId?: components["schemas"]["IdInput"];
        };
        AttendanceDay: {
            user_id: components["schemas"]["NumericString"];
            user_name: string;
            date: components["schemas"]["Date"];
            start_time: components["schemas"]["Time"];
            end_time: components["schemas"]["Time"];
            total_time: components["schemas"]["NumericString"];
        };
        AwayTime: {
            user_id: components["schemas"]["NumericString"];
            date: components["schemas"]["Date"];
            start_time: components["schemas"]["Time"];
            end_time: components["schemas"]["Time"];
            time_span: components["schemas"]["NumericString"];
        };
    };
    responses: {
        /** @description The users. */
        UserList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["User"][];
                "application/xml": components["schemas"]["User"][];
                "text/csv": components["schemas"]["User"][];
            };
        };
        /** @description The caller. */
        Me: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Me"];
                "application/xml": components["schemas"]["Me"];
                "text/csv": components["schemas"]["Me"];
            };
        };
        /** @description One user, or several for a comma list. */
        UserDetails: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UserDetailsAnswer"];
                "application/xml": components["schemas"]["UserDetailsAnswer"];
                "text/csv": components["schemas"]["UserDetailsAnswer"];
            };
        };
        /** @description The groups. */
        GroupList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Group"][];
                "application/xml": components["schemas"]["Group"][];
                "text/csv": components["schemas"]["Group"][];
            };
        };
        /** @description The new group. */
        Group: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Group"];
                "application/xml": components["schemas"]["Group"];
                "text/csv": components["schemas"]["Group"];
            };
        };
        /** @description The tasks keyed by id, or one task for one `task_id`. */
        Tasks: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TasksAnswer"];
                "application/xml": components["schemas"]["TasksAnswer"];
                "text/csv": components["schemas"]["TasksAnswer"];
            };
        };
        /** @description The new task, keyed by its id. */
        TaskCreated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TaskMap"];
                "application/xml": components["schemas"]["TaskMap"];
                "text/csv": components["schemas"]["TaskMap"];
            };
        };
        /** @description The task. */
        TaskChanged: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Task"];
                "application/xml": components["schemas"]["Task"];
                "text/csv": components["schemas"]["Task"];
            };
        };
        /** @description The tasks asked for. */
        TaskDetails: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TaskDetail"][];
                "application/xml": components["schemas"]["TaskDetail"][];
                "text/csv": components["schemas"]["TaskDetail"][];
            };
        };
        /** @description The entries, by date and start time. */
        EntryList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Entry"][];
                "application/xml": components["schemas"]["Entry"][];
                "text/csv": components["schemas"]["Entry"][];
            };
        };
        /** @description The new entry's id. */
        EntryCreated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EntryCreated"];
                "application/xml": components["schemas"]["EntryCreated"];
                "text/csv": components["schemas"]["EntryCreated"];
            };
        };
        /** @description The entry as changed. */
        EntryChanged: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EntryChanged"];
                "application/xml": components["schemas"]["EntryChanged"];
                "text/csv": components["schemas"]["EntryChanged"];
            };
        };
        /** @description The changes, oldest first. */
        EntryChangeList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EntryChange"][];
                "application/xml": components["schemas"]["EntryChange"][];
                "text/csv": components["schemas"]["EntryChange"][];
            };
        };
        /** @description The running timers. */
        RunningTimers: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RunningTimer"][];
                "application/xml": components["schemas"]["RunningTimer"][];
                "text/csv": components["schemas"]["RunningTimer"][];
            };
        };
        /** @description What the action answers. */
        Timer: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TimerAnswer"];
                "application/xml": components["schemas"]["TimerAnswer"];
                "text/csv": components["schemas"]["TimerAnswer"];
            };
        };
        /** @description The activities, by end time. */
        ActivityList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Activity"][];
                "application/xml": components["schemas"]["Activity"][];
                "text/csv": components["schemas"]["Activity"][];
            };
        };
        /** @description How many were added or changed. */
        Count: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Count"];
                "application/xml": components["schemas"]["Count"];
                "text/csv": components["schemas"]["Count"];
            };
        };
        /** @description The applications asked for, keyed by id. */
        Applications: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApplicationMap"];
                "application/xml": components["schemas"]["ApplicationMap"];
                "text/csv": components["schemas"]["ApplicationMap"];
            };
        };
        /** @description The window titles asked for, keyed by id. */
        WindowTitles: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["WindowTitleMap"];
                "application/xml": components["schemas"]["WindowTitleMap"];
                "text/csv": components["schemas"]["WindowTitleMap"];
            };
        };
        /** @description The clients, keyed by client id (the 2020 docs show an array). */
        ClientList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ClientList"];
                "application/xml": components["schemas"]["ClientList"];
                "text/csv": components["schemas"]["ClientList"];
            };
        };
        /** @description The new client, in an array (the docs' example). */
        ClientCreated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ClientCreated"];
                "application/xml": components["schemas"]["ClientCreated"];
                "text/csv": components["schemas"]["ClientCreated"];
            };
        };
        /** @description The client. */
        Client: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Client"];
                "application/xml": components["schemas"]["Client"];
                "text/csv": components["schemas"]["Client"];
            };
        };
        /** @description Task ids by client id. */
        ClientTasks: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ClientTasks"];
                "application/xml": components["schemas"]["ClientTasks"];
                "text/csv": components["schemas"]["ClientTasks"];
            };
        };
        /** @description The invoices, keyed by invoice id. */
        InvoiceList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["InvoiceMap"];
                "application/xml": components["schemas"]["InvoiceMap"];
                "text/csv": components["schemas"]["InvoiceMap"];
            };
        };
        /** @description The invoice. */
        Invoice: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Invoice"];
                "application/xml": components["schemas"]["Invoice"];
                "text/csv": components["schemas"]["Invoice"];
            };
        };
        /** @description One item per user and day with computer activity. */
        Attendance: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AttendanceDay"][];
                "application/xml": components["schemas"]["AttendanceDay"][];
                "text/csv": components["schemas"]["AttendanceDay"][];
            };
        };
        /** @description One item per gap. */
        AwayTime: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AwayTime"][];
                "application/xml": components["schemas"]["AwayTime"][];
                "text/csv": components["schemas"]["AwayTime"][];
            };
        };
        /** @description Done. */
        Message: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Message"];
                "application/xml": components["schemas"]["Message"];
                "text/csv": components["schemas"]["Message"];
            };
        };
        /** @description Invalid input (a missing field, a bad date, an action that is not allowed). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
                "application/xml": components["schemas"]["Error"];
                "text/csv": components["schemas"]["Error"];
            };
        };
        /** @description No API token, or one the account does not have. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
                "application/xml": components["schemas"]["Error"];
                "text/csv": components["schemas"]["Error"];
            };
        };
        /** @description Not permitted (role, someone else's data, a locked entry, a guest tracking time). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
                "application/xml": components["schemas"]["Error"];
                "text/csv": components["schemas"]["Error"];
            };
        };
        /** @description No such task, group, client or invoice. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
                "application/xml": components["schemas"]["Error"];
                "text/csv": components["schemas"]["Error"];
            };
        };
        /** @description A body over the mock's size limits (1 MiB of JSON; 10 MiB of anything on the wire) (specified). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
                "application/xml": components["schemas"]["Error"];
                "text/csv": components["schemas"]["Error"];
            };
        };
        /** @description A body that is neither a form nor JSON (specified). */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
                "application/xml": components["schemas"]["Error"];
                "text/csv": components["schemas"]["Error"];
            };
        };
        /** @description Over the API calls limit; wait `Retry-After` seconds (the header is specified, the official client waits 5 s). */
        TooManyRequests: {
            headers: {
                "Retry-After": number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
                "application/xml": components["schemas"]["Error"];
                "text/csv": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
        Format: "xml" | "json" | "csv";
        /** @description First day, `YYYY-MM-DD`. */
        From: string;
        /** @description Last day, `YYYY-MM-DD`. */
        To: string;
        /** @description Comma-separated user ids (blank means all). */
        Users: components["schemas"]["IdList"];
    };
    requestBodies: {
        UserUpdate: {
            content: {
                "application/json": components["schemas"]["UserUpdate"];
                "application/x-www-form-urlencoded": components["schemas"]["UserUpdate"];
            };
        };
        GroupCreate: {
            content: {
                "application/json": components["schemas"]["GroupCreate"];
                "application/x-www-form-urlencoded": components["schemas"]["GroupCreate"];
            };
        };
        GroupUpdate: {
            content: {
                "application/json": components["schemas"]["GroupUpdate"];
                "application/x-www-form-urlencoded": components["schemas"]["GroupUpdate"];
            };
        };
        GroupDelete: {
            content: {
                "application/json": components["schemas"]["GroupDelete"];
                "application/x-www-form-urlencoded": components["schemas"]["GroupDelete"];
            };
        };
        TaskCreate: {
            content: {
                "application/json": components["schemas"]["TaskCreate"];
                "application/x-www-form-urlencoded": components["schemas"]["TaskCreate"];
            };
        };
        TaskUpdate: {
            content: {
                "application/json": components["schemas"]["TaskUpdate"];
                "application/x-www-form-urlencoded": components["schemas"]["TaskUpdate"];
            };
        };
        TaskDelete: {
            content: {
                "application/json": components["schemas"]["TaskDelete"];
                "application/x-www-form-urlencoded": components["schemas"]["TaskDelete"];
            };
        };
        EntryCreate: {
            content: {
                "application/json": components["schemas"]["EntryCreate"];
                "application/x-www-form-urlencoded": components["schemas"]["EntryCreate"];
            };
        };
        EntryUpdate: {
            content: {
                "application/json": components["schemas"]["EntryUpdate"];
                "application/x-www-form-urlencoded": components["schemas"]["EntryUpdate"];
            };
        };
        EntryDelete: {
            content: {
                "application/json": components["schemas"]["EntryDelete"];
                "application/x-www-form-urlencoded": components["schemas"]["EntryDelete"];
            };
        };
        TimerAction: {
            content: {
                "application/json": components["schemas"]["TimerAction"];
                "application/x-www-form-urlencoded": components["schemas"]["TimerAction"];
            };
        };
        ActivitiesAdd: {
            content: {
                "application/json": components["schemas"]["ActivitiesAdd"];
                "application/x-www-form-urlencoded": components["schemas"]["ActivitiesAdd"];
            };
        };
        ActivitiesUpdate: {
            content: {
                "application/json": components["schemas"]["ActivitiesUpdate"];
                "application/x-www-form-urlencoded": components["schemas"]["ActivitiesUpdate"];
            };
        };
        WindowTitles: {
            content: {
                "application/json": components["schemas"]["WindowTitleQuery"];
                "application/x-www-form-urlencoded": components["schemas"]["WindowTitleQuery"];
            };
        };
        ClientCreate: {
            content: {
                "application/json": components["schemas"]["ClientCreate"];
                "application/x-www-form-urlencoded": components["schemas"]["ClientCreate"];
            };
        };
        ClientUpdate: {
            content: {
                "application/json": components["schemas"]["ClientUpdate"];
                "application/x-www-form-urlencoded": components["schemas"]["ClientUpdate"];
            };
        };
        ClientDelete: {
            content: {
                "application/json": components["schemas"]["ClientDelete"];
                "application/x-www-form-urlencoded": components["schemas"]["ClientDelete"];
            };
        };
        ClientTasksRemove: {
            content: {
                "application/json": components["schemas"]["ClientTasksRemove"];
                "application/x-www-form-urlencoded": components["schemas"]["ClientTasksRemove"];
            };
        };
        InvoiceCreate: {
            content: {
                "application/json": components["schemas"]["InvoiceCreate"];
                "application/x-www-form-urlencoded": components["schemas"]["InvoiceCreate"];
            };
        };
        InvoiceUpdate: {
            content: {
                "application/json": components["schemas"]["InvoiceUpdate"];
                "application/x-www-form-urlencoded": components["schemas"]["InvoiceUpdate"];
            };
        };
        InvoiceDelete: {
            content: {
                "application/json": components["schemas"]["InvoiceDelete"];
                "application/x-www-form-urlencoded": components["schemas"]["InvoiceDelete"];
            };
        };
    };
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listUsers: {
        parameters: {
            query?: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
                /** @description Only users that are not disabled (newer OpenAPI). */
                active_only?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["UserList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getMe: {
        parameters: {
            query?: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Me"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getUser: {
        parameters: {
            query?: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["UserDetails"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateUser: {
        parameters: {
            query?: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UserUpdate"];
        responses: {
            /** @description Changed; no body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listGroups: {
        parameters: {
            query?: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GroupList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createGroup: {
        parameters: {
            query?: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GroupCreate"];
        responses: {
            200: components["responses"]["Group"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateGroup: {
        parameters: {
            query?: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GroupUpdate"];
        responses: {
            /** @description Changed; no body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteGroup: {
        parameters: {
            query?: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
                group_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["GroupDelete"];
        responses: {
            /** @description Deleted; no body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listTasks: {
        parameters: {
            query?: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
                /** @description One id, or a comma list. */
                task_id?: components["schemas"]["IdList"];
                external_task_id?: string;
                status?: "active" | "archived" | "all";
                exclude_archived?: "0" | "1" | "false";
                ignoreAdminRights?: "0" | "1" | "true" | "false";
                /** @description Accepted; the mock answers the full tasks (the minimal shape is undocumented). */
                minimal?: "0" | "1";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Tasks"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateTask: {
        parameters: {
            query?: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["TaskUpdate"];
        responses: {
            200: components["responses"]["TaskChanged"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createTask: {
        parameters: {
            query?: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["TaskCreate"];
        responses: {
            201: components["responses"]["TaskCreated"];
            400: components["responses"]["BadRequest"];
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
            query?: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
                task_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["TaskDelete"];
        responses: {
            200: components["responses"]["TaskChanged"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getTaskDetails: {
        parameters: {
            query: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
                /** @description Comma-separated task ids. */
                tasks: components["schemas"]["IdList"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TaskDetails"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listEntries: {
        parameters: {
            query: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
                /** @description First day, `YYYY-MM-DD`. */
                from: components["parameters"]["From"];
                /** @description Last day, `YYYY-MM-DD`. */
                to: components["parameters"]["To"];
                user_ids?: string;
                task_ids?: components["schemas"]["IdList"];
                opt_fields?: string;
                billable?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EntryList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateEntry: {
        parameters: {
            query?: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["EntryUpdate"];
        responses: {
            200: components["responses"]["EntryChanged"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createEntry: {
        parameters: {
            query?: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["EntryCreate"];
        responses: {
            200: components["responses"]["EntryCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteEntry: {
        parameters: {
            query?: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["EntryDelete"];
        responses: {
            200: components["responses"]["Message"];
            /** @description No such entry; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listEntryChanges: {
        parameters: {
            query: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
                /** @description First day, `YYYY-MM-DD`. */
                from: components["parameters"]["From"];
                /** @description Last day, `YYYY-MM-DD`. */
                to: components["parameters"]["To"];
                limit?: number;
                user_ids?: components["schemas"]["IdList"];
                task_ids?: components["schemas"]["IdList"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EntryChangeList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listRunningTimers: {
        parameters: {
            query?: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RunningTimers"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    timerAction: {
        parameters: {
            query?: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["TimerAction"];
        responses: {
            200: components["responses"]["Timer"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    discardTimer: {
        parameters: {
            query?: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Discarded; no body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listActivities: {
        parameters: {
            query?: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
                date?: string;
                "dates[]"?: string[];
                user_id?: components["schemas"]["IdList"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ActivityList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateActivities: {
        parameters: {
            query?: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ActivitiesUpdate"];
        responses: {
            200: components["responses"]["Count"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    addActivities: {
        parameters: {
            query?: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ActivitiesAdd"];
        responses: {
            200: components["responses"]["Count"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listApplications: {
        parameters: {
            query: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
                application_ids: components["schemas"]["IdList"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Applications"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listWindowTitles: {
        parameters: {
            query?: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["WindowTitles"];
        responses: {
            200: components["responses"]["WindowTitles"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listClients: {
        parameters: {
            query?: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ClientList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createClient: {
        parameters: {
            query?: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ClientCreate"];
        responses: {
            200: components["responses"]["ClientCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateClient: {
        parameters: {
            query?: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ClientUpdate"];
        responses: {
            200: components["responses"]["Client"];
            400: components["responses"]["BadRequest"];
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
            query?: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ClientDelete"];
        responses: {
            200: components["responses"]["Message"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listClientTasks: {
        parameters: {
            query: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
                client_id: components["schemas"]["IdList"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ClientTasks"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    removeClientTasks: {
        parameters: {
            query: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
                client_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ClientTasksRemove"];
        responses: {
            200: components["responses"]["ClientTasks"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listInvoices: {
        parameters: {
            query?: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["InvoiceList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createInvoice: {
        parameters: {
            query?: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["InvoiceCreate"];
        responses: {
            200: components["responses"]["Invoice"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateInvoice: {
        parameters: {
            query?: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["InvoiceUpdate"];
        responses: {
            200: components["responses"]["Invoice"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteInvoice: {
        parameters: {
            query?: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["InvoiceDelete"];
        responses: {
            200: components["responses"]["Message"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getAttendance: {
        parameters: {
            query: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
                /** @description First day, `YYYY-MM-DD`. */
                from: components["parameters"]["From"];
                /** @description Last day, `YYYY-MM-DD`. */
                to: components["parameters"]["To"];
                /** @description Comma-separated user ids (blank means all). */
                users?: components["parameters"]["Users"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Attendance"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getAwayTime: {
        parameters: {
            query: {
                /** @description `xml` (default), `json` or `csv`; also a `/format/<f>` path segment. */
                format?: components["parameters"]["Format"];
                /** @description First day, `YYYY-MM-DD`. */
                from: components["parameters"]["From"];
                /** @description Last day, `YYYY-MM-DD`. */
                to: components["parameters"]["To"];
                /** @description Comma-separated user ids (blank means all). */
                users?: components["parameters"]["Users"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AwayTime"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
}
