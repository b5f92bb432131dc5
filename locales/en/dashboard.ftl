## Dashboard
dashboard-title = Dashboard
dashboard-commitments = Commitments
dashboard-current = Current and upcoming cohorts
dashboard-current-empty = No cohort is running or planned from today on.
dashboard-recent = Recently finished
dashboard-by-status = Cohorts by status
