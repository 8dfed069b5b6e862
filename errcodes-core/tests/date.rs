//! `Date`: the calendar check, the spec's `YYYY-MM-DD` form, order and display.

use errcodes_core::Date;

#[test]
fn new_checks_the_calendar() {
    assert!(Date::new(2024, 2, 29).is_some());
    assert!(Date::new(2000, 2, 29).is_some());
    assert!(Date::new(1900, 2, 29).is_none());
    assert!(Date::new(2021, 2, 29).is_none());
    assert!(Date::new(2021, 13, 1).is_none());
    assert!(Date::new(2021, 4, 31).is_none());
    assert!(Date::new(0, 1, 1).is_none());
    assert!(Date::new(2021, 7, 18).unwrap() < Date::new(2021, 7, 19).unwrap());
    assert!(Date::new(2020, 12, 31).unwrap() < Date::new(2021, 1, 1).unwrap());
    assert!(Date::new(2020, 12, 31)
        .unwrap()
        .is_before(Date::new(2021, 1, 1).unwrap()));
}

#[test]
fn parses_valid_dates() {
    let date = Date::parse("2021-07-19").unwrap();
    assert_eq!((date.year(), date.month(), date.day()), (2021, 7, 19));
    assert_eq!(date.to_string(), "2021-07-19");
    assert_eq!(Date::parse("2024-02-29"), Date::new(2024, 2, 29));
    assert_eq!(Date::parse("0001-01-01"), Date::new(1, 1, 1));
    assert_eq!(Date::parse("9999-12-31"), Date::new(9999, 12, 31));
}

#[test]
fn rejects_impossible_or_malformed_dates() {
    for text in [
        "2021-02-29",
        "2021-13-01",
        "2021-00-10",
        "2021-04-31",
        "0000-01-01",
        "2021-7-19",
        "2021/07/19",
        "+021-07-19",
        "2021-07-1x",
        "2021-07-190",
        " 2021-07-19",
        "",
        "２０２１-07-19",
    ] {
        assert_eq!(Date::parse(text), None, "{text}");
    }
}

#[test]
fn parse_works_at_compile_time() {
    const DAY: Option<Date> = Date::parse("2021-07-19");
    assert_eq!(DAY, Date::new(2021, 7, 19));
}

#[test]
fn displays_zero_padded() {
    assert_eq!(Date::new(7, 1, 2).unwrap().to_string(), "0007-01-02");
}
