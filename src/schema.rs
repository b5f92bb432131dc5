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
    }
}

diesel::joinable!(allocations -> commitments (commitment_id));
diesel::joinable!(allocation_targets -> allocations (allocation_id));
diesel::joinable!(cohorts -> allocations (allocation_id));

diesel::allow_tables_to_appear_in_same_query!(
    settings,
    users,
    countries,
    commitments,
    allocations,
    allocation_targets,
    cohorts,
);
