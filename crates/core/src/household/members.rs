//! Members: list, show, add, edit, remove.

use super::Context;
use crate::error::Result;
use crate::member::{MemberInput, MemberView};
use crate::store::Store;

pub fn list_members(store: &Store, ctx: Context) -> Result<Vec<MemberView>> {
    let mut qualifications = store.all_qualifications()?;
    Ok(store
        .members()?
        .into_iter()
        .map(|member| {
            let (own, rest) = qualifications
                .drain(..)
                .partition(|q| q.member_id == member.id);
            qualifications = rest;
            MemberView::new(member, own, ctx.locale(), ctx.today)
        })
        .collect())
}

pub fn show_member(store: &Store, id: i64, ctx: Context) -> Result<MemberView> {
    Ok(MemberView::new(
        store.member(id)?,
        store.qualifications_of(id)?,
        ctx.locale(),
        ctx.today,
    ))
}

pub fn add_member(store: &mut Store, input: &MemberInput, ctx: Context) -> Result<MemberView> {
    let valid = input.validate(ctx.today)?;
    let member = store.add_member(&valid)?;
    Ok(MemberView::new(member, Vec::new(), ctx.locale(), ctx.today))
}

pub fn edit_member(
    store: &mut Store,
    id: i64,
    input: &MemberInput,
    ctx: Context,
) -> Result<MemberView> {
    let valid = input.validate(ctx.today)?;
    store.update_member(id, &valid)?;
    show_member(store, id, ctx)
}

pub fn remove_member(store: &mut Store, id: i64, ctx: Context) -> Result<MemberView> {
    let view = show_member(store, id, ctx)?;
    store.remove_member(id)?;
    Ok(view)
}
