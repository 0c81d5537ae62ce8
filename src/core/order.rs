//! A tiny stable sort for the core's short lists (a few dozen items at most).
//!
//! The standard library's sorts are fast on large inputs but add several KB of code to the
//! WebAssembly bundle per key type; these lists are short, so insertion sort is enough.

/// Sorts `items` by `key`, keeping the original order of equal keys (stable).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sort_by_key;

    #[test]
    fn sorts_and_keeps_equal_keys_in_order() {
        let mut items = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (0, 'f')];
        sort_by_key(&mut items, |i| i.0);
        assert_eq!(
            items,
            [(0, 'f'), (1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]
        );
        let mut empty: [u8; 0] = [];
        sort_by_key(&mut empty, |i| *i);
        let mut reversed: Vec<u32> = (0..50).rev().collect();
        sort_by_key(&mut reversed, |i| *i);
        assert_eq!(reversed, (0..50).collect::<Vec<_>>());
    }
}
