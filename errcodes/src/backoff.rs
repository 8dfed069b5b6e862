//! A backoff policy for each retry class, for the [`backon`] crate (feature `backon`).
//!
//! [`Retry::Transient`] retries soon, with a short exponential backoff and jitter;
//! [`Retry::Throttled`] waits longer between fewer tries; every other class is not retried.
//! With backon, a client retries a call whose error holds a generated code `code` with no
//! glue:
//!
//! ```
//! use backon::{BlockingRetryable, ExponentialBuilder};
//! use errcodes::{backoff, ErrorCode};
//! # #[cfg(feature = "huiyan")] {
//! # use errcodes::huiyan::SdkCode;
//! # let mut calls = 0;
//! # let call = || { calls += 1; if calls < 3 { Err(SdkCode::from(400_506)) } else { Ok(()) } };
//!
//! let result = call
//!     .retry(backoff::TRANSIENT)
//!     .sleep(|_| {}) // std::thread::sleep in a real client
//!     .when(|code| code.is_retryable())
//!     .call();
//! assert!(result.is_ok());
//! # }
//! ```
//!
//! backon's asynchronous `Retry` also takes `.adjust(...)`, which sees each error: with
//! `.adjust(|error, delay| backoff::adjust(&error.code, delay))` a throttled code waits as
//! long as [`THROTTLED`] would and a code that is not retryable stops at once
//! (`examples/tencent_cloud_retry.rs`).

use core::time::Duration;

pub use backon;
use backon::ExponentialBuilder;

use crate::{ErrorCode, Retry};

/// For [`Retry::Transient`]: 100 ms, doubling up to 2 s, with jitter, at most 4 retries.
pub const TRANSIENT: ExponentialBuilder = ExponentialBuilder::new()
    .with_jitter()
    .with_min_delay(Duration::from_millis(100))
    .with_max_delay(Duration::from_secs(2))
    .with_max_times(4);

/// For [`Retry::Throttled`]: 1 s, doubling up to 30 s, with jitter, at most 5 retries.
pub const THROTTLED: ExponentialBuilder = ExponentialBuilder::new()
    .with_jitter()
    .with_min_delay(Duration::from_secs(1))
    .with_max_delay(Duration::from_secs(30))
    .with_max_times(5);

/// How much longer a throttled code waits than a transient one, at the same attempt.
const THROTTLED_FACTOR: u32 = 10;

/// The backoff for codes of the class `retry`: [`TRANSIENT`], [`THROTTLED`], or `None`
/// where retrying the same request cannot help.
pub const fn policy(retry: Retry) -> Option<ExponentialBuilder> {
    match retry {
        Retry::Transient => Some(TRANSIENT),
        Retry::Throttled => Some(THROTTLED),
        _ => None,
    }
}

/// For backon's `Retry::adjust`: the delay before retrying after `code`, given the delay
/// the backoff proposes (`None` when it is exhausted). A transient code keeps the proposed
/// delay; a throttled one waits ten times as long, within [`THROTTLED`]'s bounds (so with
/// [`TRANSIENT`] as the backoff, a throttled code backs off like [`THROTTLED`]); any other
/// code stops the retries.
pub fn adjust<E: ErrorCode>(code: &E, delay: Option<Duration>) -> Option<Duration> {
    let delay = delay?;
    match code.retry() {
        Retry::Transient => Some(delay),
        Retry::Throttled => Some(
            delay
                .saturating_mul(THROTTLED_FACTOR)
                .clamp(Duration::from_secs(1), Duration::from_secs(30)),
        ),
        _ => None,
    }
}
