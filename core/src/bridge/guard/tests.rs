//! The guard's limits at their edges; runs against the sandboxes are in core/tests/sync_guard.rs.

use super::*;
use crate::money::Money;

fn listed(count: usize, quantity: i64, price: &str) -> BTreeMap<String, Item> {
    (0..count)
        .map(|i| {
            let item = Item {
                quantity: Some(quantity),
                price: Some(Money::parse_text(price).unwrap()),
                status: Some(1),
                ..Item::default()
            };
            (format!("K{i:03}"), item)
        })
        .collect()
}

/// One request setting `fields` on keys `K000`.. `K{count-1}`.
fn setting(count: usize, item: Item) -> Request {
    let set: Vec<(String, Item)> = (0..count)
        .map(|i| (format!("K{i:03}"), item.clone()))
        .collect();
    Request {
        op: "x.update".into(),
        params: json!({}),
        keys: set.iter().map(|(k, _)| k.clone()).collect(),
        set,
    }
}

fn zero() -> Item {
    Item {
        quantity: Some(0),
        ..Item::default()
    }
}

fn priced(price: &str) -> Item {
    Item {
        price: Some(Money::parse_text(price).unwrap()),
        ..Item::default()
    }
}

fn verdict(listed: &BTreeMap<String, Item>, request: &Request) -> Verdict {
    judge(
        Marketplace::Entegra,
        listed,
        [request],
        &GuardOptions::default(),
    )
}

#[test]
fn the_passive_share_trips_just_above_its_limit_and_from_a_few_items_on() {
    let shop = listed(50, 7, "10.00");
    assert!(
        verdict(&shop, &setting(10, zero())).tripped.is_empty(),
        "20 % is allowed"
    );
    assert_eq!(
        verdict(&shop, &setting(11, zero())).tripped,
        vec![Tripped::Passive {
            count: 11,
            listed: 50,
            limit_percent: 20
        }]
    );
    let tiny = listed(4, 7, "10.00");
    assert!(
        verdict(&tiny, &setting(4, zero())).tripped.is_empty(),
        "4 items are below min_passive_items"
    );
    let already_empty = listed(50, 0, "10.00");
    assert!(verdict(&already_empty, &setting(50, zero()))
        .tripped
        .is_empty());
}

#[test]
fn made_passive_counts_like_zero_stock_and_once_per_item() {
    let shop = listed(20, 7, "10.00");
    let passive = Item {
        status: Some(2),
        quantity: Some(0),
        ..Item::default()
    };
    let tedbul = judge(
        Marketplace::Tedbul,
        &shop,
        [&setting(5, passive)],
        &GuardOptions::default(),
    );
    assert_eq!(tedbul.changes.len(), 10, "status and quantity of 5 items");
    assert_eq!(
        tedbul.tripped,
        vec![Tripped::Passive {
            count: 5,
            listed: 20,
            limit_percent: 20
        }]
    );
}

#[test]
fn big_price_moves_count_beyond_their_percentage_both_ways() {
    let shop = listed(30, 7, "100.00");
    assert!(
        verdict(&shop, &setting(30, priced("125.00")))
            .tripped
            .is_empty(),
        "25 % exactly"
    );
    assert!(
        verdict(&shop, &setting(30, priced("75")))
            .tripped
            .is_empty(),
        "-25 % exactly"
    );
    assert!(
        verdict(&shop, &setting(10, priced("125.01")))
            .tripped
            .is_empty(),
        "10 items"
    );
    let up = verdict(&shop, &setting(11, priced("125.01")));
    assert_eq!(
        up.tripped,
        vec![Tripped::Prices {
            count: 11,
            limit_percent: 25,
            limit_items: 10
        }]
    );
    assert_eq!(up.changes[0].before, json!("100.00"));
    assert_eq!(up.changes[0].after, json!("125.01"));
    let to_zero = verdict(&shop, &setting(11, priced("0")));
    assert_eq!(to_zero.tripped.len(), 1);
}

#[test]
fn creations_are_not_guarded() {
    let shop = listed(0, 7, "10.00");
    let v = verdict(&shop, &setting(40, zero()));
    assert!(v.tripped.is_empty() && v.changes.is_empty());
}

#[test]
fn the_plan_id_is_stable_and_names_exactly_these_changes() {
    let shop = listed(50, 7, "10.00");
    let a = verdict(&shop, &setting(20, zero()));
    let again = verdict(&shop, &setting(20, zero()));
    assert_eq!(a.plan_id, again.plan_id);
    let other = verdict(&shop, &setting(21, zero()));
    assert_ne!(a.plan_id, other.plan_id);
    let reversed = {
        let mut request = setting(20, zero());
        request.set.reverse();
        verdict(&shop, &request)
    };
    assert_eq!(
        a.plan_id, reversed.plan_id,
        "the order of the requests does not matter"
    );
    assert_eq!(plan_id(&[]), "cbf29ce484222325");
}

#[test]
fn check_stops_unless_off_or_accepted() {
    let shop = listed(50, 7, "10.00");
    let request = setting(30, zero());
    let stop = check(
        Marketplace::Entegra,
        &shop,
        [&request],
        &GuardOptions::default(),
    );
    let Err(Error::Guarded(stop)) = stop else {
        panic!("not stopped: {stop:?}");
    };
    assert_eq!(stop.changes.len(), stop::LISTED_CHANGES);
    assert_eq!(stop.changes_total, 30);
    let accepted = GuardOptions {
        accept_plan: Some(stop.plan_id.clone()),
        ..GuardOptions::default()
    };
    assert!(check(Marketplace::Entegra, &shop, [&request], &accepted).is_ok());
    let stale = GuardOptions {
        accept_plan: Some("0000000000000000".into()),
        ..GuardOptions::default()
    };
    assert!(check(Marketplace::Entegra, &shop, [&request], &stale).is_err());
    let off = GuardOptions {
        enabled: false,
        ..GuardOptions::default()
    };
    assert!(check(Marketplace::Entegra, &shop, [&request], &off).is_ok());
}

#[test]
fn the_message_names_the_limit_with_its_figures_in_both_languages() {
    let stop = GuardStop {
        tripped: vec![
            Tripped::Passive {
                count: 412,
                listed: 1030,
                limit_percent: 20,
            },
            Tripped::Prices {
                count: 1200,
                limit_percent: 25,
                limit_items: 10,
            },
        ],
        plan_id: "9f2c4e1a07b3d866".into(),
        changes: Vec::new(),
        changes_total: 1612,
    };
    let error = Error::Guarded(Box::new(stop));
    assert_eq!(
        error.to_string(),
        "the guard stopped the sync, nothing was sent: the plan would make 412 of 1,030 listed \
         items passive or out of stock (40 %), limit 20 %; and it would move the price of 1,200 \
         items by more than 25 %, limit 10 items. Check the plan, then accept it with accept_plan \
         \"9f2c4e1a07b3d866\" (kopru sync --accept-plan 9f2c4e1a07b3d866), or change the guard's limits"
    );
    let turkish = error
        .clone()
        .in_locale(crate::messages::Locale::Tr)
        .to_string();
    assert!(
        turkish.contains(
            "listelenen 1.030 ürünün 412 tanesini pasif ya da stoksuz yapacaktı (%40), sınır %20"
        ),
        "{turkish}"
    );
    let json = error.to_json();
    assert_eq!(json["kind"], "guarded");
    assert_eq!(json["code"], 8);
    assert_eq!(json["plan_id"], "9f2c4e1a07b3d866");
    assert_eq!(
        json["limits"][0],
        json!({"limit": "passive", "count": 412, "listed": 1030,
                                          "percent": 40, "limit_percent": 20})
    );
    assert_eq!(json["items_total"], 1612);
}
