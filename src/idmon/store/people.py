"""Review comments, users and API tokens: the Store's records about people (not versioned; comments are
append-only, and only hashes of passwords and tokens are stored)."""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa

from idmon.domain.auth import hash_password, hash_token, new_token, verify_password
from idmon.domain.ids import new_id
from idmon.domain.model import ReviewComment, User
from idmon.domain.records import from_dict
from idmon.domain.vocabulary import UserRole
from idmon.errors import Conflict, InvalidRecord, NotFound, Problem
from idmon.store import tables as t
from idmon.store.kinds import utc


class PeopleMixin:
    """Comments on figures, users with roles, and API tokens. Mixed into :class:`idmon.store.Store`."""

    user: str

    def _tx(self) -> AbstractContextManager[sa.Connection]:  # provided by Store
        raise NotImplementedError

    def _read(self) -> AbstractContextManager[sa.Connection]:  # provided by Store
        raise NotImplementedError

    # ---- review comments ----------------------------------------------------------------------------------
    def add_comment(self, figure_id: str, body: str, *, by: str | None = None) -> ReviewComment:
        """Add a reviewer's comment to a figure."""
        if not body.strip():
            raise InvalidRecord([Problem("body", "a comment needs some text")], "comment")
        comment = ReviewComment(
            id=new_id("cmt"), figure_id=figure_id, author=by or self.user, body=body, at=datetime.now(UTC)
        )
        with self._tx() as conn:
            if not conn.execute(sa.select(t.figures.c.id).where(t.figures.c.id == figure_id)).first():
                raise NotFound(f"no figure with id {figure_id!r}")
            conn.execute(sa.insert(t.review_comments).values(**vars(comment)))
        return comment

    def comments(self, figure_id: str) -> list[ReviewComment]:
        """A figure's comments, oldest first."""
        rc = t.review_comments
        with self._read() as conn:
            rows = conn.execute(sa.select(rc).where(rc.c.figure_id == figure_id).order_by(rc.c.at, rc.c.id)).all()
        return [from_dict(ReviewComment, {**r._mapping, "at": utc(r.at)}) for r in rows]

    # ---- users and tokens ---------------------------------------------------------------------------------
    def add_user(
        self,
        username: str,
        role: UserRole,
        *,
        password: str | None = None,
        full_name: str | None = None,
        email: str | None = None,
    ) -> User:
        """Create a user; only a hash of the password is kept."""
        if not username.strip():
            raise InvalidRecord([Problem("username", "is required")], "user")
        user = User(
            id=new_id("usr"),
            username=username.strip(),
            role=UserRole(role),
            full_name=full_name,
            email=email,
            password_hash=hash_password(password) if password else None,
        )
        with self._tx() as conn:
            if conn.execute(sa.select(t.users.c.id).where(t.users.c.username == user.username)).first():
                raise Conflict(f"a user named {user.username!r} exists already")
            row = {**vars(user), "role": user.role.value, "created_at": datetime.now(UTC)}
            conn.execute(sa.insert(t.users).values(**row))
        return user

    def get_user(self, username: str) -> User:
        with self._read() as conn:
            row = conn.execute(sa.select(t.users).where(t.users.c.username == username)).first()
        if row is None:
            raise NotFound(f"no user named {username!r}")
        return _user(row._mapping)

    def authenticate(self, username: str, password: str) -> User | None:
        """The user, when the password is right and the account active; otherwise None."""
        try:
            user = self.get_user(username)
        except NotFound:
            return None
        ok = user.active and user.password_hash is not None and verify_password(password, user.password_hash)
        return user if ok else None

    def create_token(self, username: str, name: str | None = None, days: int | None = None) -> str:
        """A new API token for a user: returned once, stored only as a hash."""
        user = self.get_user(username)
        token = new_token()
        now = datetime.now(UTC)
        with self._tx() as conn:
            conn.execute(
                sa.insert(t.api_tokens).values(
                    id=new_id("tok"),
                    user_id=user.id,
                    name=name,
                    token_hash=hash_token(token),
                    created_at=now,
                    expires_at=now + timedelta(days=days) if days else None,
                )
            )
        return token

    def user_for_token(self, token: str) -> User | None:
        """The active user a token belongs to, unless it expired."""
        tok, users = t.api_tokens, t.users
        query = sa.select(users, tok.c.expires_at).join(tok, tok.c.user_id == users.c.id)
        with self._read() as conn:
            row = conn.execute(query.where(tok.c.token_hash == hash_token(token))).first()
        if row is None:
            return None
        expires = utc(row.expires_at)
        if expires is not None and expires < datetime.now(UTC):
            return None
        user = _user({k: v for k, v in row._mapping.items() if k != "expires_at"})
        return user if user.active else None


def _user(data: Any) -> User:
    values = {k: v for k, v in dict(data).items() if k != "created_at"}
    return from_dict(User, values)
