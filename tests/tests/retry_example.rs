//! The retry example: a Tencent Cloud API 3.0 error body decoded into the shipped enum and
//! retried with backon against a local stub that fails twice, then succeeds.

use std::process::Command;

#[test]
fn the_retry_example_retries_twice_then_succeeds() {
    let output = Command::new(env!("CARGO"))
        .args([
            "run",
            "--quiet",
            "--offline",
            "-p",
            "errcodes",
            "--features",
            "serde,backon",
            "--example",
            "tencent_cloud_retry",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    let stdout = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 4, "{stdout}");
    for line in &lines[..2] {
        assert!(
            line.starts_with("RequestLimitExceeded: 请求的次数超过了频率限制。 (throttled; server: 请求的次数超过了频率限制。): retry in "),
            "{line}"
        );
    }
    assert!(
        lines[2].starts_with("succeeded after 3 calls (request stub-3); waited ["),
        "{}",
        lines[2]
    );
    assert_eq!(
        lines[3],
        "AuthFailure.SignatureExpire: 签名过期。Timestamp 和服务器时间相差不得超过五分钟，请检查本地时间是否和标准时间同步。: retry refresh_credentials, retryable false, backoff false"
    );
}
