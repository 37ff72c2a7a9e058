//! The operation table as the generators see it: every operation with named
//! object shapes for its parameters and its result, in table order.

use crate::names::camel;
use kopru_core::ops::{self, Operation, Role};
use kopru_core::schema::{DateWire, Schema, Type};
use std::collections::BTreeSet;

/// Which way a value travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// What a caller sends: lenient input types (money as a number or a string).
    Params,
    /// What kopru returns: the normalised types.
    Result,
}

/// A value's type, before any target language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ty {
    /// A string, at most `max_len` characters.
    Text {
        /// The longest allowed length.
        max_len: Option<usize>,
    },
    /// A code: a string, or a whole number sent as one.
    Code,
    /// An integer within bounds.
    Int {
        /// The smallest allowed value.
        min: Option<i64>,
        /// The largest allowed value.
        max: Option<i64>,
    },
    /// One of a few integers.
    Choice(&'static [i64]),
    /// An exact money amount.
    Money,
    /// A decimal quantity (a JSON number).
    Decimal,
    /// A calendar date.
    Date(DateWire),
    /// A list.
    List {
        /// The item type.
        item: Box<Ty>,
        /// The fewest items.
        min: usize,
        /// The most items.
        max: Option<usize>,
    },
    /// A named object shape: an index into [`Model::shapes`].
    Object(usize),
    /// An object whose fields are not described.
    Map,
    /// Any JSON value.
    Any,
}

/// One field of a shape.
#[derive(Debug)]
pub struct Member {
    /// The vendor's field name.
    pub key: &'static str,
    /// Its type.
    pub ty: Ty,
    /// The key is always there (params: the caller must give it).
    pub required: bool,
    /// The value may be `null` (results: every optional field).
    pub nullable: bool,
    /// What it means.
    pub doc: String,
    /// What kopru fills in when a caller leaves it out.
    pub default: Option<String>,
}

/// A named object type.
#[derive(Debug)]
pub struct Shape {
    /// The type's name, e.g. `EntegraProductsCreateParamsList`.
    pub name: String,
    /// One line on what it is.
    pub doc: String,
    /// Params or result.
    pub side: Side,
    /// The known fields, in the table's order.
    pub members: Vec<Member>,
    /// Unknown fields pass through.
    pub open: bool,
}

/// One operation with its types.
#[derive(Debug)]
pub struct OpModel {
    /// The operation.
    pub op: &'static Operation,
    /// The stem of its type names, e.g. `EntegraProductsList`.
    pub stem: String,
    /// Its parameters ([`Ty::Object`] or [`Ty::Map`]).
    pub params: Ty,
    /// True when the parameters have a required field (so they cannot be left out).
    pub params_required: bool,
    /// Its result; for a paginated operation, the type of each item.
    pub result: Ty,
    /// Answered in the core without a request.
    pub local: bool,
}

impl OpModel {
    /// The name of the page type of a paginated operation.
    pub fn page_name(&self) -> String {
        format!("{}Page", self.stem)
    }
}

/// Every operation and every named shape.
#[derive(Debug, Default)]
pub struct Model {
    /// The operations, in table order.
    pub ops: Vec<OpModel>,
    /// The named shapes; a shape comes before the shapes nested in it.
    pub shapes: Vec<Shape>,
}

impl Model {
    /// The model of the whole operation table.
    pub fn from_table() -> Model {
        Model::of(ops::all())
    }

    /// The model of some operations.
    pub fn of(operations: impl IntoIterator<Item = &'static Operation>) -> Model {
        let mut model = Model::default();
        for op in operations {
            let stem = camel(op.name);
            let params = model.object(op.params, format!("{stem}Params"), Side::Params, || {
                format!("Parameters of `{}`.", op.name)
            });
            let result_name = if op.paginated {
                format!("{stem}Item")
            } else {
                format!("{stem}Result")
            };
            let result = model.object(op.result, result_name, Side::Result, || {
                if op.paginated {
                    format!("One item of `{}`.", op.name)
                } else {
                    format!("Result of `{}`.", op.name)
                }
            });
            model.ops.push(OpModel {
                op,
                stem,
                params,
                params_required: op.params.fields.iter().any(|f| f.required),
                result,
                local: matches!(op.role, Role::Local(_)),
            });
        }
        model.check_unique_names();
        model
    }

    /// The shape of an object schema (or [`Ty::Map`] for an open one without fields).
    fn object(
        &mut self,
        schema: &'static Schema,
        name: String,
        side: Side,
        doc: impl FnOnce() -> String,
    ) -> Ty {
        if schema.fields.is_empty() && schema.open {
            return Ty::Map;
        }
        let index = self.shapes.len();
        self.shapes.push(Shape {
            name: name.clone(),
            doc: doc(),
            side,
            members: Vec::new(),
            open: schema.open,
        });
        let members = schema
            .fields
            .iter()
            .map(|field| Member {
                key: field.name,
                ty: self.ty(
                    &field.ty,
                    &format!("{name}{}", camel(field.name)),
                    side,
                    &format!(
                        "{} (`{}` of `{name}`)",
                        field.doc.trim().trim_end_matches('.'),
                        field.name
                    ),
                ),
                required: field.required,
                nullable: side == Side::Result && !field.required,
                doc: field.doc.trim().to_string(),
                default: field.default.map(|d| match d {
                    kopru_core::schema::DefaultValue::Text(t) => crate::names::double_quoted(t),
                    kopru_core::schema::DefaultValue::Int(i) => i.to_string(),
                }),
            })
            .collect();
        self.shapes[index].members = members;
        Ty::Object(index)
    }

    /// The type of a field; nested objects become shapes called `name`.
    fn ty(&mut self, ty: &'static Type, name: &str, side: Side, doc: &str) -> Ty {
        match ty {
            Type::Text { max_len } => Ty::Text { max_len: *max_len },
            Type::Code => Ty::Code,
            Type::Int { min, max } => Ty::Int {
                min: *min,
                max: *max,
            },
            Type::Choice(set) => Ty::Choice(set),
            Type::Money(_) => Ty::Money,
            Type::Decimal => Ty::Decimal,
            Type::Date(wire) => Ty::Date(*wire),
            Type::List { item, min, max } => Ty::List {
                item: Box::new(self.ty(item, name, side, doc)),
                min: *min,
                max: *max,
            },
            Type::Object(schema) => {
                let doc = doc.trim().to_string();
                self.object(schema, name.to_string(), side, || doc)
            }
            Type::Any => Ty::Any,
        }
    }

    /// Two types with one name would shadow each other in every language.
    fn check_unique_names(&self) {
        let mut seen = BTreeSet::new();
        let pages = self
            .ops
            .iter()
            .filter(|o| o.op.paginated)
            .map(OpModel::page_name);
        for name in self.shapes.iter().map(|s| s.name.clone()).chain(pages) {
            assert!(
                seen.insert(name.clone()),
                "kopru-codegen: two types would be called {name}; rename a field or an operation"
            );
        }
    }

    /// The operations whose name starts with `group.`, grouped by that first segment, in
    /// table order.
    pub fn groups(&self) -> Vec<(&'static str, Vec<&OpModel>)> {
        let mut groups: Vec<(&'static str, Vec<&OpModel>)> = Vec::new();
        for op in &self.ops {
            let group = op.op.name.split('.').next().unwrap_or(op.op.name);
            match groups.iter_mut().find(|(g, _)| *g == group) {
                Some((_, ops)) => ops.push(op),
                None => groups.push((group, vec![op])),
            }
        }
        groups
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kopru_core::ops::NO_FIELDS;
    use kopru_core::schema::{Field, MoneyWire};
    use kopru_core::service::Service;

    static VARIANT: Schema = Schema {
        fields: &[
            Field::required("barcode", Type::Code, "Barcode"),
            Field::optional("price", Type::Money(MoneyWire::Comma), "Price"),
        ],
        open: true,
        rules: &[],
    };
    static PARAMS: Schema = Schema {
        fields: &[
            Field::required(
                "list",
                Type::List {
                    item: &Type::Object(&VARIANT),
                    min: 1,
                    max: Some(100),
                },
                "Variants",
            ),
            Field::optional("page", Type::PAGE, "Page"),
        ],
        open: false,
        rules: &[],
    };
    static ITEM: Schema = Schema {
        fields: &[Field::optional("stock", Type::COUNT, "Stock")],
        open: true,
        rules: &[],
    };
    static OPS: [Operation; 1] = [Operation {
        name: "tedbul.things.list",
        service: Service::Tedbul,
        method: kopru_core::ops::Method::Get,
        path: "api/things",
        summary: "List things",
        params: &PARAMS,
        role: Role::Call,
        idempotent: true,
        paginated: true,
        parse: |body, _| body.wire(),
        result: &ITEM,
        example: "{}",
    }];
    static LOGIN: [Operation; 1] = [Operation {
        name: "tedbul.auth.login",
        service: Service::Tedbul,
        method: kopru_core::ops::Method::Post,
        path: "api/auth",
        summary: "Log in",
        params: &PARAMS,
        role: Role::Login,
        idempotent: true,
        paginated: false,
        parse: |body, _| body.wire(),
        result: &NO_FIELDS,
        example: "{}",
    }];

    #[test]
    fn nested_objects_become_named_shapes() {
        let model = Model::of(OPS.iter());
        let names: Vec<&str> = model.shapes.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "TedbulThingsListParams",
                "TedbulThingsListParamsList",
                "TedbulThingsListItem"
            ]
        );
        let op = &model.ops[0];
        assert_eq!(op.stem, "TedbulThingsList");
        assert_eq!(op.page_name(), "TedbulThingsListPage");
        assert!(op.params_required);
        assert_eq!(op.params, Ty::Object(0));
        assert_eq!(op.result, Ty::Object(2));
        let list = &model.shapes[0].members[0];
        assert_eq!(
            list.ty,
            Ty::List {
                item: Box::new(Ty::Object(1)),
                min: 1,
                max: Some(100)
            }
        );
        assert!(list.required && !list.nullable);
        let stock = &model.shapes[2].members[0];
        assert!(
            !stock.required && stock.nullable,
            "optional result fields may be null"
        );
    }

    #[test]
    fn undescribed_results_are_maps() {
        let model = Model::of(LOGIN.iter());
        assert_eq!(model.ops[0].result, Ty::Map);
        assert_eq!(model.ops[0].params, Ty::Object(0));
    }

    #[test]
    fn the_whole_table_has_unique_type_names() {
        let model = Model::from_table();
        assert_eq!(model.ops.len(), ops::all().count());
        assert!(model.groups().iter().any(|(g, _)| *g == "entegra"));
    }
}
