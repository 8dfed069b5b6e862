//! `Billing` and `billing_on`: today's billing and what it was before a date.

use errcodes_core::{billing_on, Billing, BillingPeriod, Date};

fn day(year: u16, month: u8, day: u8) -> Date {
    Date::new(year, month, day).unwrap()
}

#[test]
fn billing_follows_its_history() {
    let history = [BillingPeriod::new(day(2021, 7, 19), Billing::Charged)];
    assert_eq!(
        billing_on(Billing::Free, &history, day(2021, 7, 18)),
        Billing::Charged
    );
    assert_eq!(
        billing_on(Billing::Free, &history, day(2021, 7, 19)),
        Billing::Free
    );
    assert_eq!(
        billing_on(Billing::Free, &[], day(2000, 1, 1)),
        Billing::Free
    );
    let two = [
        BillingPeriod::new(day(2019, 1, 1), Billing::Unspecified),
        BillingPeriod::new(day(2021, 7, 19), Billing::Charged),
    ];
    assert_eq!(
        billing_on(Billing::Free, &two, day(2018, 5, 5)),
        Billing::Unspecified
    );
    assert_eq!(
        billing_on(Billing::Free, &two, day(2020, 5, 5)),
        Billing::Charged
    );
    assert_eq!(
        billing_on(Billing::Free, &two, day(2022, 5, 5)),
        Billing::Free
    );
}

#[test]
fn billing_reads_as_a_bool_and_a_keyword() {
    assert_eq!(Billing::Charged.as_bool(), Some(true));
    assert_eq!(Billing::Free.as_bool(), Some(false));
    assert_eq!(Billing::Unspecified.as_bool(), None);
    assert_eq!(Billing::Free.to_string(), "free");
    assert_eq!(format!("{:>8}", Billing::Free), "    free");
}
