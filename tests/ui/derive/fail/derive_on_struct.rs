use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
struct Code {
    code: i64,
}

fn main() {}
