// Generated code builds its dates through a `const fn` that checks them again, so a date that
// is not a day of the calendar fails the build instead of becoming another day.
static DAY: errcodes::Date = errcodes::__private::date(2021, 2, 29);

fn main() {
    let _ = DAY;
}
