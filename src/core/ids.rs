//! One macro for the model's enums with stable ids, instead of a hand-written `ALL` list, `id()`
//! and `from_id()` per enum that must be kept in step by hand.

/// Declares an enum whose variants each have a stable id (used in locale keys and the page
/// markup), with `ALL` (declaration order), `id()` and `from_id()`. Derives are the caller's.
macro_rules! stable_ids {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $id:literal, )+
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: [$name; [$($id),+].len()] = [$($name::$variant),+];

            /// Every stable id, in declaration order (for tables built at compile time).
            pub const IDS: [&'static str; [$($id),+].len()] = [$($id),+];

            /// The stable id, used in locale keys and the page markup.
            pub fn id(self) -> &'static str {
                match self {
                    $( $name::$variant => $id, )+
                }
            }

            /// The value with this stable id, if any.
            pub fn from_id(id: &str) -> Option<$name> {
                $name::ALL.into_iter().find(|value| value.id() == id)
            }
        }
    };
}

pub(crate) use stable_ids;
