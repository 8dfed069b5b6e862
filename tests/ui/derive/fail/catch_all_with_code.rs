// PENDING: compiles today but should not: `code = 5` on the catch-all is silently ignored.
// Move to ../fail/ once the derive rejects it.
use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
enum Code {
    #[errcode(code = 0, message = "ok")]
    Ok,
    #[errcode(unknown, code = 5)]
    Other(i64),
}

fn main() {}
