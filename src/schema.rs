//! Diesel table definitions. Only types that both SQLite and PostgreSQL share are used (see `db`).

diesel::table! {
    settings (key) {
        key -> Text,
        value -> Text,
    }
}

diesel::table! {
    users (id) {
        id -> Integer,
        email -> Text,
        name -> Text,
        role -> Text,
        password_hash -> Nullable<Text>,
        language -> Nullable<Text>,
        created_at -> Timestamp,
        last_login_at -> Nullable<Timestamp>,
        disabled_at -> Nullable<Timestamp>,
        scope_commitment_id -> Nullable<Integer>,
        scope_allocation_id -> Nullable<Integer>,
    }
}

diesel::table! {
    account_links (id) {
        id -> Integer,
        kind -> Text,
        digest -> Text,
        email -> Text,
        name -> Text,
        role -> Text,
        language -> Text,
        user_id -> Nullable<Integer>,
        created_by -> Nullable<Integer>,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        scope_commitment_id -> Nullable<Integer>,
        scope_allocation_id -> Nullable<Integer>,
    }
}

diesel::table! {
    countries (code) {
        code -> Text,
        name_en -> Text,
        name_zh -> Text,
        name_ru -> Text,
        sco_status -> Text,
    }
}

diesel::table! {
    commitments (id) {
        id -> Integer,
        name -> Text,
        description -> Text,
        places -> Integer,
        starts_on -> Date,
        ends_on -> Date,
        archived_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    allocations (id) {
        id -> Integer,
        commitment_id -> Integer,
        host_city -> Text,
        places -> Integer,
        created_at -> Timestamp,
    }
}

diesel::table! {
    allocation_targets (allocation_id, year) {
        allocation_id -> Integer,
        year -> Integer,
        places -> Integer,
    }
}

diesel::table! {
    cohorts (id) {
        id -> Integer,
        allocation_id -> Integer,
        name -> Text,
        venue -> Text,
        starts_on -> Date,
        ends_on -> Date,
        time_zone -> Text,
        capacity -> Integer,
        languages -> Text,
        status -> Text,
        notes -> Text,
        archived_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        roster_version -> Integer,
        timetable_version -> Integer,
        completion_threshold -> Integer,
        checkin_opens_before -> Integer,
        checkin_closes_after -> Integer,
        late_after -> Integer,
        completions_confirmed_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    trainees (id) {
        id -> Integer,
        family_name -> Text,
        given_name -> Text,
        native_name -> Text,
        gender -> Text,
        date_of_birth -> Nullable<Date>,
        country_code -> Text,
        organization -> Text,
        position -> Text,
        email -> Nullable<Text>,
        phone -> Text,
        language -> Text,
        dietary -> Text,
        accessibility -> Text,
        passport_number -> Nullable<Text>,
        passport_expiry -> Nullable<Date>,
        passport_digest -> Nullable<Text>,
        notes -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    delegations (id) {
        id -> Integer,
        cohort_id -> Integer,
        country_code -> Text,
        leader_trainee_id -> Nullable<Integer>,
        focal_name -> Text,
        focal_email -> Text,
        focal_phone -> Text,
    }
}

diesel::table! {
    duty_contacts (cohort_id, day) {
        cohort_id -> Integer,
        day -> Date,
        name -> Text,
        phone -> Text,
    }
}

diesel::table! {
    enrollments (id) {
        id -> Integer,
        cohort_id -> Integer,
        trainee_id -> Integer,
        status -> Text,
        status_changed_at -> Timestamp,
        arrival_at -> Nullable<Timestamp>,
        arrival_flight -> Text,
        arrival_airport -> Text,
        departure_at -> Nullable<Timestamp>,
        departure_flight -> Text,
        departure_airport -> Text,
        hotel -> Text,
        room -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        itinerary_token -> Nullable<Text>,
        itinerary_digest -> Nullable<Text>,
    }
}

diesel::table! {
    enrollment_events (id) {
        id -> Integer,
        enrollment_id -> Integer,
        status -> Text,
        changed_at -> Timestamp,
        changed_by -> Nullable<Integer>,
    }
}

diesel::table! {
    trainee_imports (id) {
        id -> Integer,
        cohort_id -> Integer,
        created_by -> Nullable<Integer>,
        file_name -> Text,
        created_at -> Timestamp,
        data -> Binary,
    }
}

diesel::table! {
    venues (id) {
        id -> Integer,
        name -> Text,
        address -> Text,
        kind -> Text,
        capacity -> Nullable<Integer>,
        map_link -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    speakers (id) {
        id -> Integer,
        name -> Text,
        title -> Text,
        organization -> Text,
        email -> Text,
        phone -> Text,
        languages -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    interpreters (id) {
        id -> Integer,
        name -> Text,
        language_pairs -> Text,
        contact -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    vehicles (id) {
        id -> Integer,
        cohort_id -> Nullable<Integer>,
        name -> Text,
        seats -> Integer,
        driver_contact -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    cohort_groups (id) {
        id -> Integer,
        cohort_id -> Integer,
        name -> Text,
    }
}

diesel::table! {
    group_members (group_id, trainee_id) {
        group_id -> Integer,
        trainee_id -> Integer,
    }
}

diesel::table! {
    sessions (id) {
        id -> Integer,
        cohort_id -> Integer,
        kind -> Text,
        title -> Text,
        description -> Text,
        theme -> Text,
        starts_at -> Timestamp,
        ends_at -> Timestamp,
        venue_id -> Nullable<Integer>,
        room -> Text,
        languages -> Text,
        interpretation -> Text,
        status -> Text,
        host_organization -> Text,
        host_contact -> Text,
        address -> Text,
        departure_point -> Text,
        departs_at -> Nullable<Timestamp>,
        returns_at -> Nullable<Timestamp>,
        what_to_bring -> Text,
        materials_link -> Text,
        materials_file -> Text,
        revision -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        original_lang -> Text,
    }
}

diesel::table! {
    session_speakers (session_id, speaker_id) {
        session_id -> Integer,
        speaker_id -> Integer,
    }
}

diesel::table! {
    session_interpreters (session_id, interpreter_id) {
        session_id -> Integer,
        interpreter_id -> Integer,
    }
}

diesel::table! {
    session_vehicles (session_id, vehicle_id) {
        session_id -> Integer,
        vehicle_id -> Integer,
    }
}

diesel::table! {
    session_groups (session_id, group_id) {
        session_id -> Integer,
        group_id -> Integer,
    }
}

diesel::table! {
    session_delegations (session_id, delegation_id) {
        session_id -> Integer,
        delegation_id -> Integer,
    }
}

diesel::table! {
    attendance (session_id, trainee_id) {
        session_id -> Integer,
        trainee_id -> Integer,
        status -> Text,
        note -> Text,
        method -> Text,
        marked_by -> Nullable<Integer>,
        marked_at -> Timestamp,
    }
}

diesel::table! {
    attendance_events (id) {
        id -> Integer,
        session_id -> Integer,
        trainee_id -> Integer,
        status -> Text,
        note -> Text,
        method -> Text,
        marked_by -> Nullable<Integer>,
        marked_at -> Timestamp,
    }
}

diesel::table! {
    boardings (session_id, trainee_id, leg) {
        session_id -> Integer,
        trainee_id -> Integer,
        leg -> Text,
        vehicle_id -> Nullable<Integer>,
        boarded_by -> Nullable<Integer>,
        boarded_at -> Timestamp,
    }
}

diesel::table! {
    certificates (id) {
        id -> Integer,
        enrollment_id -> Integer,
        serial -> Text,
        issued_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    itineraries_sent (enrollment_id) {
        enrollment_id -> Integer,
        digest -> Text,
        snapshot -> Text,
        sent_at -> Timestamp,
    }
}

diesel::table! {
    outbox (id) {
        id -> Integer,
        idempotency_key -> Text,
        kind -> Text,
        cohort_id -> Nullable<Integer>,
        trainee_id -> Nullable<Integer>,
        recipient -> Text,
        subject -> Text,
        message -> Text,
        status -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        last_error -> Text,
        created_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
        claimed_by -> Nullable<Text>,
    }
}

diesel::table! {
    api_tokens (id) {
        id -> Integer,
        user_id -> Integer,
        name -> Text,
        digest -> Text,
        hint -> Text,
        created_at -> Timestamp,
        last_used_at -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    audit_log (id) {
        id -> Integer,
        at -> Timestamp,
        user_id -> Nullable<Integer>,
        user_name -> Text,
        action -> Text,
        object_type -> Text,
        object_id -> Integer,
        cohort_id -> Nullable<Integer>,
        label -> Text,
        changes -> Text,
    }
}

diesel::table! {
    login_sessions (id) {
        id -> Integer,
        digest -> Text,
        user_id -> Integer,
        created_at -> Timestamp,
        last_seen_at -> Timestamp,
        user_agent -> Text,
        address -> Text,
    }
}

diesel::joinable!(api_tokens -> users (user_id));
diesel::joinable!(login_sessions -> users (user_id));
diesel::joinable!(allocations -> commitments (commitment_id));
diesel::joinable!(allocation_targets -> allocations (allocation_id));
diesel::joinable!(cohorts -> allocations (allocation_id));
diesel::joinable!(trainees -> countries (country_code));
diesel::joinable!(delegations -> cohorts (cohort_id));
diesel::joinable!(duty_contacts -> cohorts (cohort_id));
diesel::joinable!(enrollments -> cohorts (cohort_id));
diesel::joinable!(enrollments -> trainees (trainee_id));
diesel::joinable!(enrollment_events -> enrollments (enrollment_id));
diesel::joinable!(enrollment_events -> users (changed_by));
diesel::joinable!(trainee_imports -> cohorts (cohort_id));
diesel::joinable!(vehicles -> cohorts (cohort_id));
diesel::joinable!(cohort_groups -> cohorts (cohort_id));
diesel::joinable!(group_members -> cohort_groups (group_id));
diesel::joinable!(group_members -> trainees (trainee_id));
diesel::joinable!(sessions -> cohorts (cohort_id));
diesel::joinable!(sessions -> venues (venue_id));
diesel::joinable!(session_speakers -> sessions (session_id));
diesel::joinable!(session_speakers -> speakers (speaker_id));
diesel::joinable!(session_interpreters -> sessions (session_id));
diesel::joinable!(session_interpreters -> interpreters (interpreter_id));
diesel::joinable!(session_vehicles -> sessions (session_id));
diesel::joinable!(session_vehicles -> vehicles (vehicle_id));
diesel::joinable!(session_groups -> sessions (session_id));
diesel::joinable!(session_groups -> cohort_groups (group_id));
diesel::joinable!(session_delegations -> sessions (session_id));
diesel::joinable!(session_delegations -> delegations (delegation_id));
diesel::joinable!(certificates -> enrollments (enrollment_id));
diesel::joinable!(itineraries_sent -> enrollments (enrollment_id));
diesel::joinable!(outbox -> cohorts (cohort_id));
diesel::joinable!(outbox -> trainees (trainee_id));
diesel::joinable!(attendance -> sessions (session_id));
diesel::joinable!(attendance -> trainees (trainee_id));
diesel::joinable!(attendance -> users (marked_by));

diesel::table! {
    translations (id) {
        id -> Integer,
        object_type -> Text,
        object_id -> Integer,
        field -> Text,
        lang -> Text,
        text -> Text,
        updated_at -> Timestamp,
        source -> Text,
    }
}

diesel::allow_tables_to_appear_in_same_query!(
    account_links,
    settings,
    users,
    api_tokens,
    audit_log,
    countries,
    commitments,
    allocations,
    allocation_targets,
    cohorts,
    trainees,
    delegations,
    duty_contacts,
    enrollments,
    enrollment_events,
    trainee_imports,
    venues,
    speakers,
    interpreters,
    vehicles,
    cohort_groups,
    group_members,
    sessions,
    session_speakers,
    session_interpreters,
    session_vehicles,
    session_groups,
    session_delegations,
    attendance,
    attendance_events,
    boardings,
    certificates,
    itineraries_sent,
    outbox,
    translations,
    login_sessions,
);
