//! Boarding headcounts on site visits: staff tick trainees as they get on each bus, going out and coming
//! back, and see at once who is missing. Boarding on the way out marks a trainee present at the visit.

use std::collections::HashMap;

use chrono::NaiveDateTime;

use crate::db::DbConnection;
use crate::domain::attendance::{Leg, Mark, Method};
use crate::domain::ids::{CohortId, SessionId, TraineeId, UserId, VehicleId};
use crate::domain::schedule::kinds::{SessionKind, SessionStatus};
use crate::error::{AppError, AppResult};
use crate::form_errors::FormErrors;
use crate::i18n::Msg;
use crate::models::boarding::Boarding;
use crate::models::enrollment::RosterLine;
use crate::models::session::SessionLinks;
use crate::models::vehicle::Vehicle;
use crate::services::attendance::{self, RollCall, record};

/// One way of a site visit: its buses, everyone expected, and who boarded which bus.
pub struct Headcount {
    pub call: RollCall,
    pub leg: Leg,
    pub vehicles: Vec<Vehicle>,
    pub boarded: HashMap<TraineeId, Option<VehicleId>>,
}

impl Headcount {
    /// Expected trainees not on any bus yet, in roll call order.
    pub fn missing(&self) -> Vec<&RosterLine> {
        self.call
            .delegations
            .iter()
            .flat_map(|(_, lines)| lines)
            .map(|e| &e.line)
            .filter(|l| !self.boarded.contains_key(&l.trainee_id))
            .collect()
    }

    /// How many boarded `vehicle`.
    pub fn on(&self, vehicle: VehicleId) -> usize {
        self.boarded
            .values()
            .filter(|v| **v == Some(vehicle))
            .count()
    }
}

pub fn headcount(
    conn: &mut DbConnection,
    cohort: CohortId,
    id: SessionId,
    leg: Leg,
) -> AppResult<Headcount> {
    let call = attendance::roll_call(conn, cohort, id)?;
    if call.session.kind != SessionKind::SiteVisit {
        return Err(AppError::NotFound);
    }
    let links = SessionLinks::load(conn, &[id])?
        .remove(&id)
        .unwrap_or_default();
    let vehicles = Vehicle::for_cohort(conn, cohort)?
        .into_iter()
        .filter(|v| links.vehicles.contains(&v.id))
        .collect();
    let boarded = Boarding::for_leg(conn, id, leg)?
        .into_iter()
        .map(|b| (b.trainee_id, b.vehicle_id))
        .collect();
    Ok(Headcount {
        call,
        leg,
        vehicles,
        boarded,
    })
}

/// A tick on the headcount: `trainee` got on `vehicle` going `leg` (`None`: the tick is taken back).
#[derive(Debug, Clone, Copy)]
pub struct Tick {
    pub leg: Leg,
    pub trainee: TraineeId,
    pub vehicle: Option<VehicleId>,
}

/// Records a tick. On the way out, a trainee not yet marked at the visit is marked present.
pub fn board(
    conn: &mut DbConnection,
    cohort: CohortId,
    id: SessionId,
    tick: Tick,
    by: UserId,
    now: NaiveDateTime,
) -> AppResult<()> {
    let Tick {
        leg,
        trainee,
        vehicle,
    } = tick;
    conn.write(|conn| {
        let count = headcount(conn, cohort, id, leg)?;
        if count.call.session.status == SessionStatus::Cancelled {
            return Err(FormErrors::whole(Msg::new("error-attendance-cancelled")).into());
        }
        let expected = count
            .call
            .delegations
            .iter()
            .flat_map(|(_, lines)| lines)
            .find(|e| e.line.trainee_id == trainee);
        let Some(expected) = expected else {
            return Err(FormErrors::whole(Msg::new("error-attendance-not-expected")).into());
        };
        let Some(vehicle) = vehicle else {
            Boarding::remove(conn, id, trainee, leg)?;
            return Ok(());
        };
        if !count.vehicles.iter().any(|v| v.id == vehicle) {
            return Err(FormErrors::whole(Msg::new("error-boarding-vehicle")).into());
        }
        Boarding {
            session_id: id,
            trainee_id: trainee,
            leg,
            vehicle_id: Some(vehicle),
            boarded_by: Some(by),
            boarded_at: now,
        }
        .save(conn)?;
        if leg == Leg::Out && expected.mark.is_none() {
            record(
                conn,
                id,
                &[(trainee, Mark::Present, "")],
                Method::Bus,
                Some(by),
                now,
            )?;
        }
        Ok(())
    })
}
