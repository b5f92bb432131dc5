## Boarding the buses
boarding-title = Bus headcount
boarding-leg = Which way
boarding-out = Going out
boarding-back = Coming back
boarding-vehicle = The bus you are at
boarding-missing = { $count ->
    [one] { $count } missing
   *[other] { $count } missing
}
boarding-all-aboard = Everyone is aboard.
boarding-no-vehicles = No bus is assigned to this site visit; add one on the session's form.
boarding-board = Boarded
boarding-undo = Undo
flash-boarded = Boarded.
error-boarding-vehicle = That bus is not assigned to this site visit.
