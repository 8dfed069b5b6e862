//! The facts that errcodes' code generator (`errcodes-codegen`, at compile time) and its
//! runtime (`errcodes`, in the generated code's calls) must agree on, written once:
//!
//! - the vocabulary of a catalog row: [`Billing`], [`Retry`], [`Date`] (with its
//!   `YYYY-MM-DD` parser), [`BillingPeriod`] and [`billing_on`];
//! - [`keywords`]: the words a spec uses for billing and retry classes, one list per type,
//!   read and written through the same table;
//! - [`hash`]: the slot of a code in a generated enum's perfect hash table, which the generator
//!   places codes with and the runtime finds them with;
//! - [`flags`]: the one byte per row that packs billing, retry class and success;
//! - [`defaults`]: what a row is when nothing says otherwise (and what an unknown code
//!   reports).
//!
//! Users of errcodes do not need this crate: the `errcodes` facade re-exports the types.
//! It has no dependencies and needs only `core`.
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod billing;
mod date;
pub mod defaults;
pub mod flags;
pub mod hash;
pub mod keywords;
mod retry;

pub use billing::{billing_on, Billing, BillingPeriod};
pub use date::Date;
pub use keywords::Keyword;
pub use retry::Retry;
