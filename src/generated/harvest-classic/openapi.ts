/**
 * Generated from specs/harvest-classic.yaml by `npm run gen` (openapi-typescript). Do not edit.
 */

export interface paths {
    "/account/who_am_i": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The authenticated user and their company
         * @description The docs' smoke test of authentication. JSON shape (snake_case keys under `company` and `user`) inferred from the XML.
         */
        get: operations["whoAmI"];
        put?: never;
        post?: never;
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
         * @description Not in the classic docs; clients read it (harvested's
         *     `RateLimitStatus`: over the limit when `count > max_calls`). Not
         *     wrapped in a root key, and not counted by the throttle.
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
    "/daily": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Today's entries and the projects and tasks the user may add
         * @description Today is the mock clock's day (UTC).
         */
        get: operations["getDaily"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/daily/{day_of_year}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The entries of one day (day of the year 1-366) and the assignable projects */
        get: operations["getDailyForDay"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/daily/show/{day_entry_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One entry of the user's timesheet
         * @description JSON answers the entry's fields at the top level (XML wraps it in `timer` / `day_entry`); inferred from client libraries.
         */
        get: operations["getDayEntry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/daily/timer/{day_entry_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start the entry's timer if stopped, stop it if running (a GET that changes state)
         * @description One timer runs per user: starting this one stops the other, whose
         *     confirmed hours come back as `hours_for_previously_running_timer`.
         */
        get: operations["toggleTimer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/daily/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an entry; blank hours start a timer on it
         * @description `hours` as a blank string (or absent) starts a timer on the new entry
         *     (stopping the user's running one, reported in
         *     `hours_for_previously_running_timer`). `spent_at` defaults to today;
         *     the docs' form `Tue, 17 Oct 2006` and ISO `2006-10-17` are accepted.
         *     The project must be assigned to the user (administrators: any active
         *     project) and the task to the project. JSON answer: the entry at the
         *     top level (inferred from client libraries).
         */
        post: operations["addDayEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/daily/update/{day_entry_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Overwrite the given fields of an entry
         * @description The answer (the updated entry, as `GET /daily/show`) is inferred; the docs give only the status.
         */
        post: operations["updateDayEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/daily/delete/{day_entry_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an entry */
        delete: operations["deleteDayEntry"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All clients */
        get: operations["listClients"];
        put?: never;
        /** Create a client (only `name` is required) */
        post: operations["createClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{client_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        /** One client */
        get: operations["getClient"];
        /** Change the given fields of a client */
        put: operations["updateClient"];
        post?: never;
        /**
         * Delete a client without projects or invoices
         * @description 400 with a `Hint` while the client has projects.
         */
        delete: operations["deleteClient"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{client_id}/toggle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate an active client, activate an inactive one
         * @description 400 with a `Hint` when deactivating a client with active projects.
         */
        post: operations["toggleClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{client_id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contacts of one client */
        get: operations["listClientContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every contact of the account */
        get: operations["listContacts"];
        put?: never;
        /** Create a contact (`client_id`, `first_name`, `last_name` required) */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contact_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contact_id: number;
            };
            cookie?: never;
        };
        /** One contact */
        get: operations["getContact"];
        /** Change the given fields of a contact */
        put: operations["updateContact"];
        post?: never;
        /** Delete a contact */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All projects (project managers - the ones they manage) */
        get: operations["listProjects"];
        put?: never;
        /**
         * Create a project for an existing client
         * @description The account's default tasks (`is_default`) are assigned to the new project.
         */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /** One project */
        get: operations["getProject"];
        /** Change a project (cannot (de)activate it; use the toggle) */
        put: operations["updateProject"];
        post?: never;
        /**
         * Delete a project without hours
         * @description 400 with a `Hint` once hours are recorded on it.
         */
        delete: operations["deleteProject"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/toggle": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Deactivate an active project, activate an inactive one */
        put: operations["toggleProject"];
        /** The same toggle with POST, as harvested sends it */
        post: operations["toggleProjectByPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/user_assignments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /** The people assigned to a project */
        get: operations["listUserAssignments"];
        put?: never;
        /** Assign a person to the project (body `{"user": {"id": N}}`) */
        post: operations["createUserAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/user_assignments/{user_assignment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
                user_assignment_id: number;
            };
            cookie?: never;
        };
        /** One user assignment */
        get: operations["getUserAssignment"];
        /** Change a user assignment (rate, manager flag, deactivated) */
        put: operations["updateUserAssignment"];
        post?: never;
        /** Remove a person from the project (archived instead, with a Hint, when they have hours on it) */
        delete: operations["deleteUserAssignment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/task_assignments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /** The tasks assigned to a project */
        get: operations["listTaskAssignments"];
        put?: never;
        /** Assign an existing task to the project (body `{"task": {"id": N}}`) */
        post: operations["createTaskAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/task_assignments/add_with_create_new_task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a task and assign it to the project (body `{"task": {"name": "..."}}`) */
        post: operations["createTaskAssignmentWithNewTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/task_assignments/{task_assignment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
                task_assignment_id: number;
            };
            cookie?: never;
        };
        /** One task assignment */
        get: operations["getTaskAssignment"];
        /** Change a task assignment (billable, budget, rate, deactivated) */
        put: operations["updateTaskAssignment"];
        post?: never;
        /**
         * Remove a task from the project
         * @description A project keeps at least one task (400 with a `Hint`); with hours recorded the assignment is archived instead (200 with a `Hint`).
         */
        delete: operations["deleteTaskAssignment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All task types of the account (archived ones have `deactivated`) */
        get: operations["listTasks"];
        put?: never;
        /** Create a task type */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        /** One task type */
        get: operations["getTask"];
        /** Change a task type */
        put: operations["updateTask"];
        post?: never;
        /** Delete a task type, or archive it when hours are recorded on it */
        delete: operations["deleteTask"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{task_id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        /** The same with GET, as the npm client harvest@0.1.5 sends it (changes state) */
        get: operations["activateTaskByGet"];
        put?: never;
        /** Un-archive a task type */
        post: operations["activateTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All users of the account */
        get: operations["listPeople"];
        put?: never;
        /** Create a user (an invitation is "sent") */
        post: operations["createPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user, by id or by email address */
        get: operations["getPerson"];
        /** Change the given fields of a user (password changes are ignored) */
        put: operations["updatePerson"];
        post?: never;
        /** Delete a user without hours (400 otherwise; archive them instead) */
        delete: operations["deletePerson"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{user_id}/toggle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive an active user, activate an archived one */
        post: operations["togglePerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{user_id}/reset_password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the user a password reset email (the mock sends nothing)
         * @description Not in the 2016 docs; the npm client harvest@0.1.5 calls it (`People.reset`).
         */
        post: operations["resetPersonPassword"];
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
        /**
         * @description A one-line message (plain text).
         * @example Client not found
         */
        ErrorMessage: string;
        /**
         * Format: date-time
         * @example 2026-11-16T09:30:00Z
         */
        DateTime: string;
        /** @example 100 */
        Money: number | null;
        /** @description An id, as a number or a string of digits (clients send both). */
        IdValue: number | string;
        WhoAmI: {
            company: {
                /** @example https://mockaccount.harvestapp.com */
                base_uri: string;
                /** @example mockaccount.harvestapp.com */
                full_domain: string;
                name: string;
                active: boolean;
                /** @enum {string} */
                week_start_day: "Sunday" | "Monday" | "Saturday";
                /** @enum {string} */
                time_format: "decimal" | "hours_minutes";
                /** @enum {string} */
                clock: "12h" | "24h";
                decimal_symbol: string;
                thousands_separator: string;
                color_scheme: string;
                modules: {
                    expenses: boolean;
                    invoices: boolean;
                    estimates: boolean;
                    approval: boolean;
                };
            };
            user: {
                timezone: string;
                /** @description Seconds east of UTC. */
                timezone_utc_offset: number;
                id: number;
                email: string;
                admin: boolean;
                first_name: string;
                last_name: string;
                avatar_url: string;
                project_manager: {
                    is_project_manager: boolean;
                    can_see_rates: boolean;
                    can_create_projects: boolean;
                    can_create_invoices: boolean;
                };
                timestamp_timers: boolean;
            };
        };
        RateLimitStatus: {
            /**
             * Format: date-time
             * @example 2026-11-16T09:30:00Z
             */
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
        DayEntry: {
            id: number;
            /** Format: date */
            spent_at: string;
            user_id: number;
            /** @description The client's name. */
            client: string;
            project_id: number;
            /** @description The project's name. */
            project: string;
            task_id: number;
            /** @description The task's name. */
            task: string;
            /**
             * @description Hours, including a running timer's time so far.
             * @example 2.06
             */
            hours: number;
            notes: string | null;
            created_at: components["schemas"]["DateTime"];
            updated_at: components["schemas"]["DateTime"];
            timer_started_at?: components["schemas"]["DateTime"];
        };
        TimerAnswer: components["schemas"]["DayEntry"] & {
            /** @description The confirmed hours of the timer this call stopped (only when it stopped one). */
            hours_for_previously_running_timer?: number;
        };
        Daily: {
            /** Format: date */
            for_day: string;
            day_entries: components["schemas"]["DayEntry"][];
            /** @description The project-task combinations the user may add. */
            projects: {
                name: string;
                code: string;
                id: number;
                billable: boolean;
                client: string;
                tasks: {
                    name: string;
                    id: number;
                    billable: boolean;
                }[];
            }[];
        };
        DayEntryInput: {
            notes?: string | null;
            /** @description Hours as a number or a numeric string; a blank string starts a timer. */
            hours?: number | string;
            project_id?: components["schemas"]["IdValue"];
            task_id?: components["schemas"]["IdValue"];
            /** @description `2006-10-17`, or the docs' form `Tue, 17 Oct 2006` (default: today). */
            spent_at?: string;
        };
        DayEntryCreate: components["schemas"]["DayEntryInput"] & {
            project_id: components["schemas"]["IdValue"];
            task_id: components["schemas"]["IdValue"];
        };
        Client: {
            id: number;
            name: string;
            active: boolean;
            /** @example United States Dollar - USD */
            currency: string;
            /** @example $ */
            currency_symbol: string;
            details: string | null;
            highrise_id: number | null;
            cache_version: number;
            default_invoice_timeframe: string | null;
            last_invoice_kind: string | null;
            created_at: components["schemas"]["DateTime"];
            updated_at: components["schemas"]["DateTime"];
        };
        ClientWrapper: {
            client: components["schemas"]["Client"];
        };
        ClientList: components["schemas"]["ClientWrapper"][];
        ClientFields: {
            name?: string;
            currency?: string;
            currency_symbol?: string;
            active?: boolean;
            details?: string | null;
            highrise_id?: number | null;
        };
        ClientCreate: {
            client: components["schemas"]["ClientFields"] & {
                name: string;
            };
        };
        /** @description The wrapper may be left out (a PUT with `{}` changes nothing, as the npm client's `People.update` sends it). */
        ClientUpdate: {
            client?: components["schemas"]["ClientFields"];
        };
        Contact: {
            id: number;
            client_id: number;
            first_name: string;
            last_name: string;
            email: string | null;
            title: string | null;
            phone_office: string | null;
            phone_mobile: string | null;
            fax: string | null;
            created_at: components["schemas"]["DateTime"];
            updated_at: components["schemas"]["DateTime"];
        };
        ContactWrapper: {
            contact: components["schemas"]["Contact"];
        };
        ContactList: components["schemas"]["ContactWrapper"][];
        ContactFields: {
            client_id?: components["schemas"]["IdValue"];
            first_name?: string;
            last_name?: string;
            email?: string | null;
            title?: string | null;
            phone_office?: string | null;
            phone_mobile?: string | null;
            fax?: string | null;
        };
        ContactCreate: {
            contact: components["schemas"]["ContactFields"] & {
                client_id: components["schemas"]["IdValue"];
                first_name: string;
                last_name: string;
            };
        };
        /** @description The wrapper may be left out (a PUT with `{}` changes nothing, as the npm client's `People.update` sends it). */
        ContactUpdate: {
            contact?: components["schemas"]["ContactFields"];
        };
        Project: {
            id: number;
            client_id: number;
            name: string;
            code: string;
            active: boolean;
            billable: boolean;
            /** @enum {string} */
            bill_by: "Tasks" | "People" | "none";
            hourly_rate: components["schemas"]["Money"];
            /** @enum {string} */
            budget_by: "project" | "project_cost" | "task" | "person" | "none";
            budget: components["schemas"]["Money"];
            notify_when_over_budget: boolean;
            over_budget_notification_percentage: number;
            /** Format: date */
            over_budget_notified_at: string | null;
            show_budget_to_all: boolean;
            /** Format: date */
            starts_on: string | null;
            /** Format: date */
            ends_on: string | null;
            /** Format: date */
            hint_earliest_record_at: string | null;
            /** Format: date */
            hint_latest_record_at: string | null;
            notes: string | null;
            cost_budget: components["schemas"]["Money"];
            cost_budget_include_expenses: boolean;
            created_at: components["schemas"]["DateTime"];
            updated_at: components["schemas"]["DateTime"];
        };
        ProjectWrapper: {
            project: components["schemas"]["Project"];
        };
        ProjectList: components["schemas"]["ProjectWrapper"][];
        ProjectFields: {
            name?: string;
            client_id?: components["schemas"]["IdValue"];
            code?: string;
            active?: boolean;
            billable?: boolean;
            /** @enum {string} */
            bill_by?: "Tasks" | "People" | "none";
            hourly_rate?: components["schemas"]["Money"];
            /** @enum {string} */
            budget_by?: "project" | "project_cost" | "task" | "person" | "none";
            budget?: components["schemas"]["Money"];
            notes?: string | null;
            /** Format: date */
            starts_on?: string | null;
            /** Format: date */
            ends_on?: string | null;
        };
        ProjectCreate: {
            project: components["schemas"]["ProjectFields"] & {
                name: string;
                client_id: components["schemas"]["IdValue"];
            };
        };
        /** @description The wrapper may be left out (a PUT with `{}` changes nothing, as the npm client's `People.update` sends it). */
        ProjectUpdate: {
            project?: components["schemas"]["ProjectFields"];
        };
        Task: {
            id: number;
            name: string;
            billable_by_default: boolean;
            /** @description true when archived. */
            deactivated: boolean;
            default_hourly_rate: components["schemas"]["Money"];
            /** @description Added to new projects automatically. */
            is_default: boolean;
            created_at: components["schemas"]["DateTime"];
            updated_at: components["schemas"]["DateTime"];
        };
        TaskWrapper: {
            task: components["schemas"]["Task"];
        };
        TaskList: components["schemas"]["TaskWrapper"][];
        TaskFields: {
            name?: string;
            billable_by_default?: boolean;
            default_hourly_rate?: components["schemas"]["Money"];
            is_default?: boolean;
        };
        TaskCreate: {
            task: components["schemas"]["TaskFields"] & {
                name: string;
            };
        };
        /** @description The wrapper may be left out (a PUT with `{}` changes nothing, as the npm client's `People.update` sends it). */
        TaskUpdate: {
            task?: components["schemas"]["TaskFields"];
        };
        User: {
            id: number;
            email: string;
            first_name: string;
            last_name: string;
            has_access_to_all_future_projects: boolean;
            default_hourly_rate: components["schemas"]["Money"];
            is_active: boolean;
            is_admin: boolean;
            is_contractor: boolean;
            telephone: string;
            department: string;
            /** @example Eastern Time (US & Canada) */
            timezone: string;
            created_at: components["schemas"]["DateTime"];
            updated_at: components["schemas"]["DateTime"];
        };
        UserWrapper: {
            user: components["schemas"]["User"];
        };
        UserList: components["schemas"]["UserWrapper"][];
        UserFields: {
            email?: string;
            first_name?: string;
            last_name?: string;
            timezone?: string;
            is_admin?: boolean;
            is_contractor?: boolean;
            telephone?: string;
            department?: string;
            default_hourly_rate?: components["schemas"]["Money"];
            has_access_to_all_future_projects?: boolean;
        };
        UserCreate: {
            user: components["schemas"]["UserFields"] & {
                email: string;
                first_name: string;
                last_name: string;
            };
        };
        /** @description The wrapper may be left out (a PUT with `{}` changes nothing, as the npm client's `People.update` sends it). */
        UserUpdate: {
            user?: components["schemas"]["UserFields"];
        };
        UserAssignment: {
            id: number;
            user_id: number;
            project_id: number;
            deactivated: boolean;
            hourly_rate: components["schemas"]["Money"];
            is_project_manager: boolean;
            created_at: components["schemas"]["DateTime"];
            updated_at: components["schemas"]["DateTime"];
        };
        UserAssignmentWrapper: {
            user_assignment: components["schemas"]["UserAssignment"];
        };
        UserAssignmentList: components["schemas"]["UserAssignmentWrapper"][];
        UserAssignmentCreate: {
            user: {
                id: components["schemas"]["IdValue"];
            };
        };
        /** @description The wrapper may be left out (a PUT with `{}` changes nothing, as the npm client's `People.update` sends it). */
        UserAssignmentUpdate: {
            user_assignment?: {
                deactivated?: boolean;
                hourly_rate?: components["schemas"]["Money"];
                is_project_manager?: boolean;
            };
        };
        TaskAssignment: {
            id: number;
            project_id: number;
            task_id: number;
            billable: boolean;
            deactivated: boolean;
            budget: components["schemas"]["Money"];
            hourly_rate: components["schemas"]["Money"];
            created_at: components["schemas"]["DateTime"];
            updated_at: components["schemas"]["DateTime"];
        };
        TaskAssignmentWrapper: {
            task_assignment: components["schemas"]["TaskAssignment"];
        };
        TaskAssignmentList: components["schemas"]["TaskAssignmentWrapper"][];
        TaskAssignmentCreate: {
            task: {
                id: components["schemas"]["IdValue"];
            };
        };
        NewTaskAssignment: {
            task: {
                name: string;
            };
        };
        /** @description The wrapper may be left out (a PUT with `{}` changes nothing, as the npm client's `People.update` sends it). */
        TaskAssignmentUpdate: {
            task_assignment?: {
                billable?: boolean;
                deactivated?: boolean;
                budget?: components["schemas"]["Money"];
                hourly_rate?: components["schemas"]["Money"];
            };
        };
    };
    responses: {
        /** @description Created; no body. `Location` names the new resource. */
        Created: {
            headers: {
                Location: components["headers"]["Location"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Done; no body. */
        Updated: {
            headers: {
                /** @description The resource that changed. */
                Location?: string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Deleted, or archived instead (then `Hint` says so); no body. */
        Deleted: {
            headers: {
                Hint: components["headers"]["Hint"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Invalid input, or a business rule refuses the request (`Hint` says which). */
        BadRequest: {
            headers: {
                Hint: components["headers"]["Hint"];
                [name: string]: unknown;
            };
            content: {
                "text/plain": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description A body that is neither JSON nor XML (send `Content-Type` application/json or application/xml; specified). */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description No credentials, or credentials of no active user. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description The user's role does not allow it (or `of_user` from a non-administrator). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description No such resource (or none the caller may see). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description More than 100 calls in 15 seconds; wait `Retry-After` seconds (each call meanwhile restarts the block). */
        Throttled: {
            headers: {
                "Retry-After": number;
                [name: string]: unknown;
            };
            content: {
                "text/plain": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description The day, its entries and the assignable projects. */
        Daily: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Daily"];
                "application/xml": components["schemas"]["Daily"];
            };
        };
        /** @description The entry (JSON - its fields at the top level). */
        DayEntry: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DayEntry"];
                "application/xml": components["schemas"]["DayEntry"];
            };
        };
        /** @description The toggled entry and, when another timer was stopped, its hours. */
        Timer: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TimerAnswer"];
                "application/xml": components["schemas"]["TimerAnswer"];
            };
        };
        /** @description The new entry and, when a timer was started and another stopped, the stopped one's hours. */
        TimerCreated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TimerAnswer"];
                "application/xml": components["schemas"]["TimerAnswer"];
            };
        };
        /** @description The contacts, each wrapped in `contact`. */
        ContactList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ContactList"];
                "application/xml": components["schemas"]["ContactList"];
            };
        };
    };
    parameters: {
        /** @description Act on this user's timesheet (administrators only; others get 403). */
        OfUser: number;
        /** @description Only what changed since this UTC datetime, e.g. `2010-09-25 18:30` (URL-encoded). */
        UpdatedSince: string;
        DayEntryId: number;
        ClientId: number;
        ProjectId: number;
        TaskId: number;
        UserId: number;
    };
    requestBodies: never;
    headers: {
        /** @description Where the resource lives, e.g. `/clients/42`; its last segment is the id. */
        Location: string;
        /** @description Why a request was refused, or what was done instead (archived rather than deleted). */
        Hint: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    whoAmI: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The company and the user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhoAmI"];
                    "application/xml": components["schemas"]["WhoAmI"];
                };
            };
            401: components["responses"]["Unauthorized"];
            503: components["responses"]["Throttled"];
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
                    "application/xml": components["schemas"]["RateLimitStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    getDaily: {
        parameters: {
            query?: {
                /** @description Act on this user's timesheet (administrators only; others get 403). */
                of_user?: components["parameters"]["OfUser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Daily"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Throttled"];
        };
    };
    getDailyForDay: {
        parameters: {
            query?: {
                /** @description Act on this user's timesheet (administrators only; others get 403). */
                of_user?: components["parameters"]["OfUser"];
            };
            header?: never;
            path: {
                day_of_year: number;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Daily"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Throttled"];
        };
    };
    getDayEntry: {
        parameters: {
            query?: {
                /** @description Act on this user's timesheet (administrators only; others get 403). */
                of_user?: components["parameters"]["OfUser"];
            };
            header?: never;
            path: {
                day_entry_id: components["parameters"]["DayEntryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["DayEntry"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Throttled"];
        };
    };
    toggleTimer: {
        parameters: {
            query?: {
                /** @description Act on this user's timesheet (administrators only; others get 403). */
                of_user?: components["parameters"]["OfUser"];
            };
            header?: never;
            path: {
                day_entry_id: components["parameters"]["DayEntryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Timer"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Throttled"];
        };
    };
    addDayEntry: {
        parameters: {
            query?: {
                /** @description Act on this user's timesheet (administrators only; others get 403). */
                of_user?: components["parameters"]["OfUser"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DayEntryCreate"];
                "application/xml": components["schemas"]["DayEntryCreate"];
            };
        };
        responses: {
            201: components["responses"]["TimerCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Throttled"];
        };
    };
    updateDayEntry: {
        parameters: {
            query?: {
                /** @description Act on this user's timesheet (administrators only; others get 403). */
                of_user?: components["parameters"]["OfUser"];
            };
            header?: never;
            path: {
                day_entry_id: components["parameters"]["DayEntryId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DayEntryInput"];
                "application/xml": components["schemas"]["DayEntryInput"];
            };
        };
        responses: {
            200: components["responses"]["DayEntry"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Throttled"];
        };
    };
    deleteDayEntry: {
        parameters: {
            query?: {
                /** @description Act on this user's timesheet (administrators only; others get 403). */
                of_user?: components["parameters"]["OfUser"];
            };
            header?: never;
            path: {
                day_entry_id: components["parameters"]["DayEntryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (no body). */
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
            503: components["responses"]["Throttled"];
        };
    };
    listClients: {
        parameters: {
            query?: {
                /** @description Only what changed since this UTC datetime, e.g. `2010-09-25 18:30` (URL-encoded). */
                updated_since?: components["parameters"]["UpdatedSince"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every client, each wrapped in `client`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientList"];
                    "application/xml": components["schemas"]["ClientList"];
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
                "application/json": components["schemas"]["ClientCreate"];
                "application/xml": components["schemas"]["ClientCreate"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Throttled"];
        };
    };
    getClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client, wrapped in `client`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientWrapper"];
                    "application/xml": components["schemas"]["ClientWrapper"];
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
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientUpdate"];
                "application/xml": components["schemas"]["ClientUpdate"];
            };
        };
        responses: {
            200: components["responses"]["Updated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Throttled"];
        };
    };
    deleteClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Deleted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Throttled"];
        };
    };
    toggleClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Updated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Throttled"];
        };
    };
    listClientContacts: {
        parameters: {
            query?: {
                /** @description Only what changed since this UTC datetime, e.g. `2010-09-25 18:30` (URL-encoded). */
                updated_since?: components["parameters"]["UpdatedSince"];
            };
            header?: never;
            path: {
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ContactList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Throttled"];
        };
    };
    listContacts: {
        parameters: {
            query?: {
                /** @description Only what changed since this UTC datetime, e.g. `2010-09-25 18:30` (URL-encoded). */
                updated_since?: components["parameters"]["UpdatedSince"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ContactList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Throttled"];
        };
    };
    createContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactCreate"];
                "application/xml": components["schemas"]["ContactCreate"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Throttled"];
        };
    };
    getContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contact_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact, wrapped in `contact`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactWrapper"];
                    "application/xml": components["schemas"]["ContactWrapper"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Throttled"];
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contact_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactUpdate"];
                "application/xml": components["schemas"]["ContactUpdate"];
            };
        };
        responses: {
            200: components["responses"]["Updated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Throttled"];
        };
    };
    deleteContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contact_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Deleted"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Throttled"];
        };
    };
    listProjects: {
        parameters: {
            query?: {
                /** @description Only the projects of this client. */
                client?: number;
                /** @description Only what changed since this UTC datetime, e.g. `2010-09-25 18:30` (URL-encoded). */
                updated_since?: components["parameters"]["UpdatedSince"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The projects, each wrapped in `project`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectList"];
                    "application/xml": components["schemas"]["ProjectList"];
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
                "application/json": components["schemas"]["ProjectCreate"];
                "application/xml": components["schemas"]["ProjectCreate"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Throttled"];
        };
    };
    getProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project, wrapped in `project`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectWrapper"];
                    "application/xml": components["schemas"]["ProjectWrapper"];
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
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectUpdate"];
                "application/xml": components["schemas"]["ProjectUpdate"];
            };
        };
        responses: {
            200: components["responses"]["Updated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Throttled"];
        };
    };
    deleteProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Deleted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Throttled"];
        };
    };
    toggleProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Updated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Throttled"];
        };
    };
    toggleProjectByPost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Updated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Throttled"];
        };
    };
    listUserAssignments: {
        parameters: {
            query?: {
                /** @description Only what changed since this UTC datetime, e.g. `2010-09-25 18:30` (URL-encoded). */
                updated_since?: components["parameters"]["UpdatedSince"];
            };
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assignments, each wrapped in `user_assignment`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAssignmentList"];
                    "application/xml": components["schemas"]["UserAssignmentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Throttled"];
        };
    };
    createUserAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserAssignmentCreate"];
                "application/xml": components["schemas"]["UserAssignmentCreate"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Throttled"];
        };
    };
    getUserAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
                user_assignment_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assignment, wrapped in `user_assignment`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAssignmentWrapper"];
                    "application/xml": components["schemas"]["UserAssignmentWrapper"];
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
                project_id: components["parameters"]["ProjectId"];
                user_assignment_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserAssignmentUpdate"];
                "application/xml": components["schemas"]["UserAssignmentUpdate"];
            };
        };
        responses: {
            200: components["responses"]["Updated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Throttled"];
        };
    };
    deleteUserAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
                user_assignment_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Deleted"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Throttled"];
        };
    };
    listTaskAssignments: {
        parameters: {
            query?: {
                /** @description Only what changed since this UTC datetime, e.g. `2010-09-25 18:30` (URL-encoded). */
                updated_since?: components["parameters"]["UpdatedSince"];
            };
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assignments, each wrapped in `task_assignment`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskAssignmentList"];
                    "application/xml": components["schemas"]["TaskAssignmentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Throttled"];
        };
    };
    createTaskAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskAssignmentCreate"];
                "application/xml": components["schemas"]["TaskAssignmentCreate"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Throttled"];
        };
    };
    createTaskAssignmentWithNewTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewTaskAssignment"];
                "application/xml": components["schemas"]["NewTaskAssignment"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Throttled"];
        };
    };
    getTaskAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
                task_assignment_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assignment, wrapped in `task_assignment`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskAssignmentWrapper"];
                    "application/xml": components["schemas"]["TaskAssignmentWrapper"];
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
                project_id: components["parameters"]["ProjectId"];
                task_assignment_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskAssignmentUpdate"];
                "application/xml": components["schemas"]["TaskAssignmentUpdate"];
            };
        };
        responses: {
            200: components["responses"]["Updated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Throttled"];
        };
    };
    deleteTaskAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
                task_assignment_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Deleted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Throttled"];
        };
    };
    listTasks: {
        parameters: {
            query?: {
                /** @description Only what changed since this UTC datetime, e.g. `2010-09-25 18:30` (URL-encoded). */
                updated_since?: components["parameters"]["UpdatedSince"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tasks, each wrapped in `task`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskList"];
                    "application/xml": components["schemas"]["TaskList"];
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
                "application/json": components["schemas"]["TaskCreate"];
                "application/xml": components["schemas"]["TaskCreate"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Throttled"];
        };
    };
    getTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task, wrapped in `task`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskWrapper"];
                    "application/xml": components["schemas"]["TaskWrapper"];
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
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskUpdate"];
                "application/xml": components["schemas"]["TaskUpdate"];
            };
        };
        responses: {
            200: components["responses"]["Updated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Throttled"];
        };
    };
    deleteTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Deleted"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Throttled"];
        };
    };
    activateTaskByGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Updated"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Throttled"];
        };
    };
    activateTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Updated"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Throttled"];
        };
    };
    listPeople: {
        parameters: {
            query?: {
                /** @description Only what changed since this UTC datetime, e.g. `2010-09-25 18:30` (URL-encoded). */
                updated_since?: components["parameters"]["UpdatedSince"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The users, each wrapped in `user`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                    "application/xml": components["schemas"]["UserList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Throttled"];
        };
    };
    createPerson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserCreate"];
                "application/xml": components["schemas"]["UserCreate"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Throttled"];
        };
    };
    getPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id, or their email address. */
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user, wrapped in `user`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserWrapper"];
                    "application/xml": components["schemas"]["UserWrapper"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Throttled"];
        };
    };
    updatePerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserUpdate"];
                "application/xml": components["schemas"]["UserUpdate"];
            };
        };
        responses: {
            200: components["responses"]["Updated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Throttled"];
        };
    };
    deletePerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Deleted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Throttled"];
        };
    };
    togglePerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Updated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Throttled"];
        };
    };
    resetPersonPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done (no body). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Throttled"];
        };
    };
}
