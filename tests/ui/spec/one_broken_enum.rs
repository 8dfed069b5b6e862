// The broken enum is reported; the good one is still generated, so code that uses it
// produces no follow-on errors.
errcodes::include_errcodes!("one_broken_enum.yaml");

fn main() {
    assert_eq!(GoodCode::from(0), GoodCode::Ok);
}
