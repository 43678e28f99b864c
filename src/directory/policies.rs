//! The per-user policies granted to one account: only those granted are kept (most accounts
//! hold none or one of the 15 kinds), so that 100,000 users do not each carry 15 empty slots.
//! In a session file they are written as before: 15 places in [`super::POLICY_KINDS`] order.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// How many kinds of per-user policy Lync Server 2013 has.
const KINDS: usize = 15;

/// The policy granted of each kind, by [`super::POLICY_KINDS`] position.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Policies(Vec<(u8, Box<str>)>);

impl Policies {
    /// The name of the policy of the kind at `kind`, if one is granted.
    pub fn get(&self, kind: usize) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| usize::from(*k) == kind)
            .map(|(_, name)| &**name)
    }

    /// Grants `name` as the policy of the kind at `kind`, or takes it away (`None`).
    pub fn set(&mut self, kind: usize, name: Option<&str>) {
        self.0.retain(|(k, _)| usize::from(*k) != kind);
        if let (Some(name), Ok(kind)) = (name, u8::try_from(kind)) {
            self.0.push((kind, name.into()));
            self.0.sort_unstable_by_key(|(k, _)| *k);
        }
        self.0.shrink_to_fit();
    }

    /// Whether no policy is granted.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn as_places(&self) -> [Option<&str>; KINDS] {
        std::array::from_fn(|kind| self.get(kind))
    }
}

impl Serialize for Policies {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.as_places().serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Policies {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Policies, D::Error> {
        let places = <[Option<String>; KINDS]>::deserialize(deserializer)?;
        let mut policies = Policies::default();
        for (kind, name) in places.iter().enumerate() {
            if name.is_some() {
                policies.set(kind, name.as_deref());
            }
        }
        Ok(policies)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_grant_replaces_the_kind_and_none_takes_it_away() {
        let mut p = Policies::default();
        p.set(2, Some("Sales"));
        p.set(0, Some("Voice"));
        p.set(2, Some("Finance"));
        assert_eq!(
            (p.get(0), p.get(2), p.get(1)),
            (Some("Voice"), Some("Finance"), None)
        );
        p.set(0, None);
        assert_eq!(p.get(0), None);
        assert!(!p.is_empty());
        p.set(2, None);
        assert!(p.is_empty());
    }

    #[test]
    fn written_as_fifteen_places_in_kind_order() {
        let mut p = Policies::default();
        p.set(14, Some("Mail"));
        p.set(1, Some("Route"));
        let text = ron::to_string(&p).unwrap();
        assert!(text.starts_with("(None,Some(\"Route\"),None"), "{text}");
        let back: Policies = ron::from_str(&text).unwrap();
        assert_eq!(back, p);
    }
}
