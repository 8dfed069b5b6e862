use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
enum Level {
    #[errcode(range(0, 1, 2), message = "three ends")]
    ThreeEnds(i64),
    Unknown(i64),
}

fn main() {}
