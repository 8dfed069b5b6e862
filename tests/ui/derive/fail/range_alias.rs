use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
enum Level {
    #[errcode(range(0, 2), message = "low")]
    Low(i64),
    #[errcode(range(3, 4), alias_of = Low)]
    LowToo(i64),
    Unknown(i64),
}

fn main() {}
