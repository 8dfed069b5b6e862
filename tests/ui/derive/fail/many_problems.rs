use errcodes::ErrorCode;

const FOUR: i64 = 4;

// Every problem is reported in one build, not one per build.
#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
#[errcodes(title = "Codes", colour = "red")]
enum Code {
    #[errcode(code = 0, message = "ok", billing = "paid")]
    Ok,
    #[errcode(message = "no code")]
    NoCode,
    #[errcode(code = 2)]
    NoMessage,
    #[errcode(code = 3, alias_of = Missing)]
    Orphan,
    #[errcode(message = "range")]
    NamedBound(errcodes::InRange<FOUR, 5>),
    Unknown(u32),
}

fn main() {}
