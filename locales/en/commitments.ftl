## Commitments
commitments-title = Commitments
commitments-explained = A commitment is a promise of training places over a period, shared out among host cities.
commitments-empty = No commitments yet.
commitment-new = New commitment
commitment-edit = Edit commitment
commitment-field-name = Name
commitment-field-name-hint = For example: SCO poverty-reduction training 2023–2025
commitment-field-description = Description
commitment-field-places = Training places promised
commitment-field-starts-on = First day
commitment-field-ends-on = Last day
commitment-period = Period
commitment-allocated = Allocated
commitment-planned = Planned
commitment-planned-rule = Planned = the capacity of every cohort under this commitment that is not cancelled.
commitment-places-planned = { $count ->
    [one] { $count } place planned in cohorts
   *[other] { $count } places planned in cohorts
}
commitment-places-delivered = { $count ->
    [one] { $count } place delivered (a completed enrollment)
   *[other] { $count } places delivered (completed enrollments)
}
commitment-see-progress = See progress
commitment-places-allocated = { $count ->
    [one] { $count } place allocated to host cities
   *[other] { $count } places allocated to host cities
}
commitment-archived-notice = This commitment is archived: no new cohorts can be placed under it.

## Allocations
allocations-title = Host cities
allocations-empty = No host city has an allocation yet.
allocation-new = Add host city
allocation-edit = Edit allocation
allocation-field-host-city = Host city
allocation-field-places = Places
allocation-remaining = Remaining
allocation-targets = Yearly targets
allocation-targets-hint = Optional: how many of these places each year should deliver.
