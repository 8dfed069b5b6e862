// The runtime structs that may grow are `#[non_exhaustive]`: only errcodes builds them.
use errcodes::{BillingPeriod, Billing, Date, Section};

fn main() {
    let _ = Section { path: &[], doc: None };
    let _ = BillingPeriod { until: Date::new(2021, 7, 19).unwrap(), billing: Billing::Free };
}
