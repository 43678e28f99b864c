//! A quick serde reader for the RON that lyncsh writes: structs and enum variants in
//! parentheses, lists, maps, plain whole numbers, decimal numbers, `true`/`false`,
//! `None`/`Some(...)` (and a value standing for `Some` of itself), and double-quoted strings
//! with ron's escapes, separated by spaces, tabs and line breaks.
//!
//! It reads what ron reads, the same way, and no more: whatever it does not take — comments,
//! raw strings, struct names, hex numbers, any mistake — stops it with [`Declined`], which
//! carries no detail. `load` then reads the text again with ron, so every error keeps ron's
//! position and wording. ron's own parser costs about 85 ms for a file of 10,000 records
//! before any check, which leaves too little of the 100 ms a load may take; with this reader
//! the whole load, checks included, takes about a third of that.

use serde::de::{self, DeserializeSeed, Visitor};
use std::borrow::Cow;
use std::fmt;

/// The quick reader stopped; the text is to be read by ron, which says why.
#[derive(Debug, PartialEq, Eq)]
pub struct Declined;

impl fmt::Display for Declined {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("left to ron")
    }
}

impl std::error::Error for Declined {}

impl de::Error for Declined {
    fn custom<T: fmt::Display>(_: T) -> Declined {
        Declined
    }
}

type Result<T> = std::result::Result<T, Declined>;

/// How deep values may nest. ron refuses more than 128 levels of its own counting, which
/// rises by at most two where this reader's rises by one (a list and its element), so a text
/// within this limit is within ron's.
const DEPTH_LIMIT: usize = 60;

/// Reads the whole of `text` with `seed`.
pub fn from_str_seed<'de, S: DeserializeSeed<'de>>(text: &'de str, seed: S) -> Result<S::Value> {
    let mut reader = Reader {
        text,
        pos: 0,
        depth: 0,
    };
    let value = seed.deserialize(&mut reader)?;
    reader.skip_whitespace();
    if reader.pos == text.len() {
        Ok(value)
    } else {
        Err(Declined)
    }
}

struct Reader<'de> {
    text: &'de str,
    pos: usize,
    depth: usize,
}

/// A whole number as written: `123` or `-123`.
enum Integer {
    Unsigned(u64),
    Negative(i64),
}

impl<'de> Reader<'de> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn skip_whitespace(&mut self) {
        let bytes = self.text.as_bytes();
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = bytes.get(self.pos) {
            self.pos += 1;
        }
    }

    /// Skips whitespace and then `byte`, which must be there.
    fn expect(&mut self, byte: u8) -> Result<()> {
        self.skip_whitespace();
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(Declined)
        }
    }

    /// Runs `read` one nesting level deeper.
    fn nested<T>(&mut self, read: impl FnOnce(&mut Self) -> Result<T>) -> Result<T> {
        if self.depth >= DEPTH_LIMIT {
            return Err(Declined);
        }
        self.depth += 1;
        let value = read(self)?;
        self.depth -= 1;
        Ok(value)
    }

    /// An ASCII identifier: a letter or `_`, then letters, digits and `_`.
    fn identifier(&mut self) -> Result<&'de str> {
        self.skip_whitespace();
        let bytes = self.text.as_bytes();
        let start = self.pos;
        match self.peek() {
            Some(b) if b.is_ascii_alphabetic() || b == b'_' => self.pos += 1,
            _ => return Err(Declined),
        }
        while let Some(b) = bytes.get(self.pos) {
            if b.is_ascii_alphanumeric() || *b == b'_' {
                self.pos += 1;
            } else if b.is_ascii() {
                break;
            } else {
                // ron's identifiers go on with non-ASCII letters; leave those to it.
                return Err(Declined);
            }
        }
        Ok(&self.text[start..self.pos])
    }

    /// The digits of a number: `0` or a non-zero digit and more digits.
    fn digits(&mut self) -> Result<&'de str> {
        let bytes = self.text.as_bytes();
        let start = self.pos;
        while bytes.get(self.pos).is_some_and(u8::is_ascii_digit) {
            self.pos += 1;
        }
        let digits = &self.text[start..self.pos];
        if digits.is_empty() || (digits.len() > 1 && digits.starts_with('0')) {
            return Err(Declined);
        }
        Ok(digits)
    }

    /// Whether the number just read ends here (and is not followed by a suffix, an
    /// underscore, a fraction or a range).
    fn number_ends(&self) -> bool {
        !self
            .peek()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.')
    }

    fn integer(&mut self) -> Result<Integer> {
        self.skip_whitespace();
        let negative = self.peek() == Some(b'-');
        if negative {
            self.pos += 1;
        }
        let digits = self.digits()?;
        if !self.number_ends() {
            return Err(Declined);
        }
        let magnitude: u64 = digits.parse().map_err(|_| Declined)?;
        match (negative, magnitude) {
            (false, n) => Ok(Integer::Unsigned(n)),
            (true, 0) => Err(Declined),
            (true, n) => i64::try_from(-i128::from(n))
                .map(Integer::Negative)
                .map_err(|_| Declined),
        }
    }

    fn visit_integer<V: Visitor<'de>>(&mut self, visitor: V) -> Result<V::Value> {
        match self.integer()? {
            Integer::Unsigned(n) => visitor.visit_u64(n),
            Integer::Negative(n) => visitor.visit_i64(n),
        }
    }

    /// A decimal number with a fraction or an exponent, as ron writes an `f64`
    /// (`1.5`, `-0.25`, `1e300`, `2.5e-7`).
    fn float(&mut self) -> Result<f64> {
        self.skip_whitespace();
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        self.digits()?;
        let mut decimal = false;
        if self.peek() == Some(b'.') {
            self.pos += 1;
            let fraction = self.pos;
            while self.peek().is_some_and(|b| b.is_ascii_digit()) {
                self.pos += 1;
            }
            if self.pos == fraction {
                return Err(Declined);
            }
            decimal = true;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            let exponent = self.pos;
            while self.peek().is_some_and(|b| b.is_ascii_digit()) {
                self.pos += 1;
            }
            if self.pos == exponent {
                return Err(Declined);
            }
            decimal = true;
        }
        if !decimal || !self.number_ends() {
            return Err(Declined);
        }
        self.text[start..self.pos].parse().map_err(|_| Declined)
    }

    /// A double-quoted string, borrowed from the text unless it has escapes.
    fn string(&mut self) -> Result<Cow<'de, str>> {
        self.expect(b'"')?;
        let rest = &self.text[self.pos..];
        let end = rest.find('"').ok_or(Declined)?;
        if !rest[..end].contains('\\') {
            self.pos += end + 1;
            return Ok(Cow::Borrowed(&rest[..end]));
        }
        let mut out = String::new();
        loop {
            let rest = &self.text[self.pos..];
            let next = rest.find(['"', '\\']).ok_or(Declined)?;
            out.push_str(&rest[..next]);
            self.pos += next + 1;
            if rest.as_bytes()[next] == b'"' {
                return Ok(Cow::Owned(out));
            }
            out.push(self.escape()?);
        }
    }

    /// The character of the escape after a `\` (a line break there continues the string in
    /// ron, and `\x` escapes are rare: both are left to ron).
    fn escape(&mut self) -> Result<char> {
        let byte = self.peek().ok_or(Declined)?;
        self.pos += 1;
        Ok(match byte {
            b'\'' => '\'',
            b'"' => '"',
            b'\\' => '\\',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'0' => '\0',
            b'u' => {
                if self.peek() != Some(b'{') {
                    return Err(Declined);
                }
                self.pos += 1;
                let start = self.pos;
                while self.peek().is_some_and(|b| b.is_ascii_hexdigit()) {
                    self.pos += 1;
                }
                let hex = &self.text[start..self.pos];
                if hex.is_empty() || hex.len() > 6 || self.peek() != Some(b'}') {
                    return Err(Declined);
                }
                self.pos += 1;
                let code = u32::from_str_radix(hex, 16).map_err(|_| Declined)?;
                char::from_u32(code).ok_or(Declined)?
            }
            _ => return Err(Declined),
        })
    }

    fn visit_string<V: Visitor<'de>>(&mut self, visitor: V) -> Result<V::Value> {
        match self.string()? {
            Cow::Borrowed(text) => visitor.visit_borrowed_str(text),
            Cow::Owned(text) => visitor.visit_string(text),
        }
    }

    /// `open`, the items read by `visit` (through a [`Separated`]), `close`.
    fn delimited<V, F>(&mut self, open: u8, close: u8, visit: F) -> Result<V>
    where
        F: FnOnce(Separated<'_, 'de>) -> Result<V>,
    {
        self.expect(open)?;
        self.nested(|reader| {
            let value = visit(Separated {
                reader: &mut *reader,
                close,
            })?;
            reader.expect(close)?;
            Ok(value)
        })
    }

    /// `Some(value)` after the word `Some`.
    fn some<V: Visitor<'de>>(&mut self, visitor: V) -> Result<V::Value> {
        self.expect(b'(')?;
        let value = self.nested(|reader| visitor.visit_some(&mut *reader))?;
        self.expect(b')')?;
        Ok(value)
    }
}

/// The items of a struct, list, tuple or map up to its closing byte, each but the last
/// followed by a comma (the last may have one too).
struct Separated<'r, 'de> {
    reader: &'r mut Reader<'de>,
    close: u8,
}

impl<'de> Separated<'_, 'de> {
    /// Whether another item follows (the closing byte is left for the caller).
    fn has_next(&mut self) -> bool {
        self.reader.skip_whitespace();
        self.reader.peek() != Some(self.close)
    }

    /// Reads an item with `seed`; a comma follows it, or the closing byte comes next.
    fn item<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value> {
        let value = seed.deserialize(&mut *self.reader)?;
        self.reader.skip_whitespace();
        match self.reader.peek() {
            Some(b',') => self.reader.pos += 1,
            Some(b) if b == self.close => {}
            _ => return Err(Declined),
        }
        Ok(value)
    }
}

/// A struct's fields (`name: value`), keys being identifiers.
struct Fields<'r, 'de>(Separated<'r, 'de>);

impl<'de> de::MapAccess<'de> for Fields<'_, 'de> {
    type Error = Declined;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        if !self.0.has_next() {
            return Ok(None);
        }
        let name = self.0.reader.identifier()?;
        seed.deserialize(Name(name)).map(Some)
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value> {
        self.0.reader.expect(b':')?;
        self.0.item(seed)
    }
}

/// A map's entries (`key: value`), keys being values.
struct Entries<'r, 'de>(Separated<'r, 'de>);

impl<'de> de::MapAccess<'de> for Entries<'_, 'de> {
    type Error = Declined;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        if !self.0.has_next() {
            return Ok(None);
        }
        seed.deserialize(&mut *self.0.reader).map(Some)
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value> {
        self.0.reader.expect(b':')?;
        self.0.item(seed)
    }
}

/// The elements of a list or tuple.
struct Elements<'r, 'de>(Separated<'r, 'de>);

impl<'de> de::SeqAccess<'de> for Elements<'_, 'de> {
    type Error = Declined;

    fn next_element_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<Option<S::Value>> {
        if !self.0.has_next() {
            return Ok(None);
        }
        self.0.item(seed).map(Some)
    }
}

/// A field or variant name, handed to whatever reads it as a string.
struct Name<'de>(&'de str);

impl<'de> de::Deserializer<'de> for Name<'de> {
    type Error = Declined;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_borrowed_str(self.0)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

/// An enum value: its variant's name, then what the variant holds.
struct Variant<'r, 'de>(&'r mut Reader<'de>);

impl<'de> de::EnumAccess<'de> for Variant<'_, 'de> {
    type Error = Declined;
    type Variant = Self;

    fn variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<(S::Value, Self)> {
        let name = self.0.identifier()?;
        Ok((seed.deserialize(Name(name))?, self))
    }
}

impl<'de> de::VariantAccess<'de> for Variant<'_, 'de> {
    type Error = Declined;

    fn unit_variant(self) -> Result<()> {
        Ok(())
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value> {
        let reader = self.0;
        reader.expect(b'(')?;
        let value = reader.nested(|reader| seed.deserialize(&mut *reader))?;
        reader.expect(b')')?;
        Ok(value)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value> {
        self.0
            .delimited(b'(', b')', |items| visitor.visit_seq(Elements(items)))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        self.0
            .delimited(b'(', b')', |fields| visitor.visit_map(Fields(fields)))
    }
}

impl<'de> de::Deserializer<'de> for &mut Reader<'de> {
    type Error = Declined;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.skip_whitespace();
        match self.peek() {
            Some(b'"') => self.visit_string(visitor),
            Some(b'[') => self.deserialize_seq(visitor),
            Some(b'-' | b'0'..=b'9') => self.visit_integer(visitor),
            Some(b) if b.is_ascii_alphabetic() => match self.identifier()? {
                "true" => visitor.visit_bool(true),
                "false" => visitor.visit_bool(false),
                "None" => visitor.visit_none(),
                "Some" => self.some(visitor),
                _ => Err(Declined),
            },
            _ => Err(Declined),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.identifier()? {
            "true" => visitor.visit_bool(true),
            "false" => visitor.visit_bool(false),
            _ => Err(Declined),
        }
    }

    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.visit_integer(visitor)
    }

    fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.visit_integer(visitor)
    }

    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.visit_integer(visitor)
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.visit_integer(visitor)
    }

    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.visit_integer(visitor)
    }

    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.visit_integer(visitor)
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.visit_integer(visitor)
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.visit_integer(visitor)
    }

    fn deserialize_f32<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value> {
        Err(Declined)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_f64(self.float()?)
    }

    fn deserialize_char<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value> {
        Err(Declined)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.visit_string(visitor)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.visit_string(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value> {
        Err(Declined)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value> {
        Err(Declined)
    }

    /// `None`, `Some(value)`, or the value itself (ron's `implicit_some`, which session files
    /// use).
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let before = self.pos;
        match self.identifier() {
            Ok("None") => visitor.visit_none(),
            Ok("Some") => self.some(visitor),
            _ => {
                self.pos = before;
                self.nested(|reader| visitor.visit_some(&mut *reader))
            }
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value> {
        Err(Declined)
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _visitor: V,
    ) -> Result<V::Value> {
        Err(Declined)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _visitor: V,
    ) -> Result<V::Value> {
        Err(Declined)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.delimited(b'[', b']', |items| visitor.visit_seq(Elements(items)))
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value> {
        self.delimited(b'(', b')', |items| visitor.visit_seq(Elements(items)))
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        _visitor: V,
    ) -> Result<V::Value> {
        Err(Declined)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.delimited(b'{', b'}', |entries| visitor.visit_map(Entries(entries)))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        self.delimited(b'(', b')', |fields| visitor.visit_map(Fields(fields)))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        self.nested(|reader| visitor.visit_enum(Variant(reader)))
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_borrowed_str(self.identifier()?)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_any(visitor)
    }
}
