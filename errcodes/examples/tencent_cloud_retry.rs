//! A Tencent Cloud API 3.0 client that retries by the error code, against a local stub.
//!
//! ```sh
//! cargo run -p errcodes --example tencent_cloud_retry --features serde,backon
//! ```
//!
//! The stub answers like the API: twice `RequestLimitExceeded` (in the JSON error body every
//! API 3.0 response carries), then success. The body's `Response.Error.Code` is read
//! straight into the shipped `CommonErrorCode`; backon retries while it `is_retryable()`,
//! waiting as `errcodes::backoff` says for its retry class. The sleeper only records the
//! delays so that the example runs at once; a real client passes `tokio::time::sleep`.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::pin;
use std::rc::Rc;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};
use std::time::Duration;

use backon::Retryable;
use errcodes::backoff;
use errcodes::tencent_cloud::CommonErrorCode;
use serde::Deserialize;

/// An API 3.0 response body: `{"Response": {"Error": {...}, "RequestId": "..."}}`.
#[derive(Deserialize)]
struct Body {
    #[serde(rename = "Response")]
    response: Response,
}

#[derive(Deserialize)]
struct Response {
    #[serde(rename = "Error")]
    error: Option<ApiError>,
    #[serde(rename = "RequestId")]
    request_id: String,
}

/// `Response.Error`: the code, typed, and the server's message.
#[derive(Debug, Deserialize)]
struct ApiError {
    #[serde(rename = "Code")]
    code: CommonErrorCode,
    #[serde(rename = "Message")]
    message: String,
}

/// The local stub of the API: the bodies it answers with, one per call.
fn stub(calls: &Cell<usize>) -> String {
    calls.set(calls.get() + 1);
    if calls.get() <= 2 {
        format!(
            r#"{{"Response":{{"Error":{{"Code":"RequestLimitExceeded","Message":"请求的次数超过了频率限制。"}},"RequestId":"stub-{}"}}}}"#,
            calls.get()
        )
    } else {
        format!(r#"{{"Response":{{"RequestId":"stub-{}"}}}}"#, calls.get())
    }
}

/// One call: the request id on success, the typed error otherwise.
fn call(calls: &Cell<usize>) -> Result<String, ApiError> {
    let body: Body = serde_json::from_str(&stub(calls)).expect("the stub answers JSON");
    match body.response.error {
        Some(error) => Err(error),
        None => Ok(body.response.request_id),
    }
}

fn main() {
    let calls = Rc::new(Cell::new(0));
    let delays = Rc::new(RefCell::new(Vec::new()));
    let recorded = Rc::clone(&delays);
    let attempt = || {
        let calls = Rc::clone(&calls);
        async move { call(&calls) }
    };
    let retried = attempt
        .retry(backoff::TRANSIENT)
        .sleep(move |delay: Duration| {
            recorded.borrow_mut().push(delay);
            std::future::ready(())
        })
        .when(|error: &ApiError| error.code.is_retryable())
        .adjust(|error: &ApiError, delay| backoff::adjust(&error.code, delay))
        .notify(|error: &ApiError, delay| {
            println!(
                "{:#} ({}; server: {}): retry in {delay:?}",
                error.code,
                error.code.retry(),
                error.message
            );
        });
    match block_on(retried) {
        Ok(request_id) => println!(
            "succeeded after {} calls (request {request_id}); waited {:?}",
            calls.get(),
            delays.borrow()
        ),
        Err(error) => println!("gave up: {:#}", error.code),
    }

    // A code that no retry can help is returned at once.
    let expired = CommonErrorCode::from("AuthFailure.SignatureExpire");
    println!(
        "{expired:#}: retry {}, retryable {}, backoff {:?}",
        expired.retry(),
        expired.is_retryable(),
        backoff::policy(expired.retry()).is_some()
    );
}

/// Runs a future on this thread: the stub and the sleeper never wait, so this is all the
/// executor the example needs.
fn block_on<F: Future>(future: F) -> F::Output {
    struct Unpark(std::thread::Thread);
    impl Wake for Unpark {
        fn wake(self: Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = Waker::from(Arc::new(Unpark(std::thread::current())));
    let mut context = Context::from_waker(&waker);
    let mut future = pin!(future);
    loop {
        match future.as_mut().poll(&mut context) {
            Poll::Ready(output) => return output,
            Poll::Pending => std::thread::park(),
        }
    }
}
