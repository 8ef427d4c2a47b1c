"""People and credentials: users with roles, hashed API tokens, server-side browser sessions.

Only hashes are stored: a token or session id is shown once (printed, or set as a cookie) and the database
holds its sha256, so a leaked database grants nothing. Passwords use werkzeug's salted scrypt hashes.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache

from sqlalchemy import Engine, insert, select, update
from sqlalchemy.exc import IntegrityError
from werkzeug.security import check_password_hash, generate_password_hash

from ..errors import Conflict, InvalidInput, NotFound, Unauthorized
from . import schema as s
from .clock import Clock, SystemClock
from .db import reading, writing
from .records import ROLES, User

NAME = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
MIN_PASSWORD = 8
TOKEN_PREFIX = "cc_"  # noqa: S105 - a visible prefix of generated tokens, not a secret


@lru_cache(maxsize=1)
def dummy_hash() -> str:
    """Compared against when the user does not exist, so a wrong name costs as long as a wrong password."""
    return generate_password_hash("not-a-real-password")


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


@dataclass(frozen=True)
class Session:
    """A logged-in browser: the user and the per-session secret that CSRF tokens are made from."""

    user: User
    csrf_secret: str

    def csrf_token(self) -> str:
        return self.csrf_secret

    def csrf_ok(self, token: str | None) -> bool:
        return bool(token) and hmac.compare_digest(self.csrf_secret.encode(), str(token).encode())


class UserStore:
    """Users, tokens and sessions in the review database."""

    def __init__(self, engine: Engine, clock: Clock | None = None, session_hours: int = 12) -> None:
        self.engine = engine
        self.clock = clock or SystemClock()
        self.session_life = timedelta(hours=session_hours)

    def add(self, name: str, role: str, password: str | None = None) -> tuple[User, str]:
        """Create a user; returns the user and a new API token (shown once)."""
        if not NAME.match(name or ""):
            raise InvalidInput("a user name is 1-64 letters, digits, '.', '_' or '-'", code="invalid_name")
        if role not in ROLES:
            raise InvalidInput(f"role must be one of {', '.join(ROLES)}", code="invalid_role")
        hashed = _password_hash(password) if password is not None else None
        try:
            with writing(self.engine) as conn:
                user_id = conn.execute(insert(s.users).values(name=name, role=role, password_hash=hashed,
                                                              created=self.clock.now())).inserted_primary_key[0]
        except IntegrityError:
            raise Conflict(f"user {name!r} exists already", code="user_exists") from None
        user = User(user_id, name, role)
        return user, self.issue_token(name)

    def set_password(self, name: str, password: str) -> None:
        hashed = _password_hash(password)
        with writing(self.engine) as conn:
            conn.execute(update(s.users).where(s.users.c.id == self.get(name).id).values(password_hash=hashed))

    def get(self, name: str) -> User:
        with reading(self.engine) as conn:
            row = conn.execute(select(s.users).where(s.users.c.name == name)).first()
        if row is None:
            raise NotFound(f"no user {name!r}", code="unknown_user")
        return User(row.id, row.name, row.role)

    def list(self) -> list[tuple[User, int]]:
        """Every user with the number of live tokens."""
        with reading(self.engine) as conn:
            users = conn.execute(select(s.users).order_by(s.users.c.name)).all()
            live = conn.execute(select(s.tokens.c.user_id).where(s.tokens.c.revoked_at.is_(None))).scalars().all()
        return [(User(u.id, u.name, u.role), live.count(u.id)) for u in users]

    def issue_token(self, name: str) -> str:
        """A new API token for ``name``; only its hash is kept."""
        user = self.get(name)
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        with writing(self.engine) as conn:
            conn.execute(insert(s.tokens).values(user_id=user.id, token_hash=digest(token), created=self.clock.now()))
        return token

    def revoke_tokens(self, name: str) -> int:
        """Revoke every live token of ``name``; returns how many."""
        user = self.get(name)
        with writing(self.engine) as conn:
            done = conn.execute(update(s.tokens).where(s.tokens.c.user_id == user.id, s.tokens.c.revoked_at.is_(None))
                                .values(revoked_at=self.clock.now()))
        return done.rowcount

    def by_token(self, token: str) -> User:
        """The user a live API token belongs to. :raises Unauthorized: unknown or revoked token."""
        query = (select(s.users).join(s.tokens, s.tokens.c.user_id == s.users.c.id)
                 .where(s.tokens.c.token_hash == digest(token or ""), s.tokens.c.revoked_at.is_(None)))
        with reading(self.engine) as conn:
            row = conn.execute(query).first()
        if row is None:
            raise Unauthorized("the API token is unknown or revoked", code="invalid_token")
        return User(row.id, row.name, row.role)

    def login(self, name: str, password: str) -> str:
        """Check the password and open a session; returns the session id for the cookie."""
        with reading(self.engine) as conn:
            row = conn.execute(select(s.users).where(s.users.c.name == name)).first()
        stored = row.password_hash if row is not None and row.password_hash else dummy_hash()
        if not check_password_hash(stored, password or "") or row is None or not row.password_hash:
            raise Unauthorized("wrong user name or password", code="bad_login")
        session_id = secrets.token_urlsafe(32)
        now = self.clock.now()
        with writing(self.engine) as conn:
            conn.execute(insert(s.sessions).values(id_hash=digest(session_id), user_id=row.id,
                                                   csrf_secret=secrets.token_urlsafe(32), created=now,
                                                   expires=now + self.session_life))
        return session_id

    def session(self, session_id: str | None) -> Session | None:
        """The live session for a cookie value, or None (unknown, expired or logged out)."""
        if not session_id:
            return None
        query = (select(s.users, s.sessions.c.csrf_secret).join(s.sessions, s.sessions.c.user_id == s.users.c.id)
                 .where(s.sessions.c.id_hash == digest(session_id), s.sessions.c.revoked_at.is_(None),
                        s.sessions.c.expires > self.clock.now()))
        with reading(self.engine) as conn:
            row = conn.execute(query).first()
        return None if row is None else Session(User(row.id, row.name, row.role), row.csrf_secret)

    def logout(self, session_id: str | None) -> None:
        """End the session for good: the row is revoked, so the old cookie is worthless."""
        if not session_id:
            return
        with writing(self.engine) as conn:
            conn.execute(update(s.sessions).where(s.sessions.c.id_hash == digest(session_id))
                         .values(revoked_at=self.clock.now()))


def _password_hash(password: str) -> str:
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise InvalidInput(f"a password needs at least {MIN_PASSWORD} characters", code="weak_password")
    return generate_password_hash(password)
