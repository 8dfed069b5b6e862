//! The row-flags byte: every combination packs and unpacks to itself, in the documented bits.

use errcodes_core::{flags, Billing, Keyword, Retry};

#[test]
fn every_combination_round_trips() {
    let mut seen = std::collections::HashSet::new();
    for &billing in Billing::ALL {
        for &retry in Retry::ALL {
            for success in [false, true] {
                let byte = flags::pack(billing, retry, success);
                assert!(seen.insert(byte), "{byte:#010b} packs two rows");
                assert!(byte < 1 << 6, "{byte:#010b} uses bits 6-7");
                assert_eq!(flags::billing(byte), billing);
                assert_eq!(flags::retry(byte), retry);
                assert_eq!(flags::success(byte), success);
            }
        }
    }
}

#[test]
fn the_bits_are_the_documented_ones() {
    assert_eq!(flags::pack(Billing::Charged, Retry::Never, false), 0);
    assert_eq!(
        flags::pack(Billing::Free, Retry::Transient, false),
        0b0000_0101
    );
    assert_eq!(
        flags::pack(Billing::Charged, Retry::Never, true),
        0b0010_0000
    );
    assert_eq!(
        flags::pack(Billing::Unspecified, Retry::RefreshCredentials, true),
        0b0011_0010
    );
}

#[test]
fn the_defaults_pack_to_the_byte_of_an_unremarkable_row() {
    use errcodes_core::defaults;
    assert_eq!(
        (defaults::BILLING, defaults::RETRY, defaults::SUCCESS),
        (Billing::Unspecified, Retry::Never, false)
    );
    assert_eq!(
        flags::pack(defaults::BILLING, defaults::RETRY, defaults::SUCCESS),
        0b0000_0010
    );
}
