"""Django settings for jobcenter, all read from the environment (see docs/configuration.md).

``JOBCENTER_ENV`` is ``development`` (default), ``test`` or ``production``. Production requires
``SECRET_KEY``, ``FIELD_ENCRYPTION_KEY`` and ``ALLOWED_HOSTS``; development generates the two keys
into ``var/`` on first run.
"""

from __future__ import annotations

import datetime as _dt
import os
import sys
from pathlib import Path

import dj_database_url
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured

from jobcenter.config.env import env_bool, env_choice, env_int, env_list, env_str, local_secret
from jobcenter.core.logredact import install_record_factory

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PACKAGE_DIR = BASE_DIR / "jobcenter"
VAR_DIR = Path(env_str("JOBCENTER_VAR_DIR", str(BASE_DIR / "var")))

_running_tests = "pytest" in sys.modules or (len(sys.argv) > 1 and sys.argv[1] == "test")
JOBCENTER_ENV = env_choice(
    "JOBCENTER_ENV", "test" if _running_tests else "development", {"development", "test", "production"}
)
PRODUCTION = JOBCENTER_ENV == "production"
TESTING = JOBCENTER_ENV == "test"

SECRET_KEY = local_secret("SECRET_KEY", VAR_DIR / "secret_key", production=PRODUCTION)
FIELD_ENCRYPTION_KEYS = [
    k.strip()
    for k in local_secret(
        "FIELD_ENCRYPTION_KEY",
        VAR_DIR / "field_encryption_key",
        production=PRODUCTION,
        generator=lambda: Fernet.generate_key().decode(),
    ).split(",")
    if k.strip()
]
for _key in FIELD_ENCRYPTION_KEYS:
    try:
        Fernet(_key)
    except (ValueError, TypeError):
        raise ImproperlyConfigured(
            "FIELD_ENCRYPTION_KEY must be one or more comma-separated Fernet keys "
            "(32 url-safe base64-encoded bytes); generate one with "
            "`python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())'`."
        ) from None

# Key of the keyed SSN hash (look-up by SSN). Separate from FIELD_ENCRYPTION_KEY and never rotated with it:
# changing it would need every stored hash recomputed (`jobcenter people rotate-keys` does that too).
SSN_HASH_KEY = local_secret("SSN_HASH_KEY", VAR_DIR / "ssn_hash_key", production=PRODUCTION)
if len(SSN_HASH_KEY) < 32:
    raise ImproperlyConfigured("SSN_HASH_KEY must be at least 32 characters (a random secret).")

DEBUG = env_bool("DEBUG", not PRODUCTION and not TESTING)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", [] if PRODUCTION else ["127.0.0.1", "localhost", "testserver"])
if PRODUCTION and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS is required in production.")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

# The state this installation serves (two-letter code); drives dated parameters and catalogues.
JOBCENTER_STATE = (env_str("JOBCENTER_STATE", "MO") or "MO").upper()
if len(JOBCENTER_STATE) != 2 or not JOBCENTER_STATE.isalpha():
    raise ImproperlyConfigured(f"JOBCENTER_STATE={JOBCENTER_STATE!r} must be a two-letter state code.")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "auditlog",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "csp",
    "ninja",
    "django_tasks",
    "django_tasks_db",
    # domain core
    "jobcenter.core",
    "jobcenter.accounts",
    "jobcenter.occupations",
    "jobcenter.seekers",
    "jobcenter.employers",
    "jobcenter.joborders",
    "jobcenter.compliance",
    "jobcenter.cases",
    "jobcenter.matching",
    "jobcenter.followup",
    "jobcenter.referrals",
    "jobcenter.savedsearches",
    "jobcenter.complaints",
    "jobcenter.reporting",
    "jobcenter.wages",
    # audience fronts
    "jobcenter.staff",
    "jobcenter.portal",
    "jobcenter.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "jobcenter.core.middleware.RejectNulBytesMiddleware",
    "jobcenter.core.middleware.WriteConflictMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "jobcenter.accounts.middleware.StaffIdleTimeoutMiddleware",
    "jobcenter.accounts.middleware.TwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "auditlog.middleware.AuditlogMiddleware",
    "csp.middleware.CSPMiddleware",
    "jobcenter.core.middleware.LoginRequiredByDefaultMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into its lockout page.
    "axes.middleware.AxesMiddleware",
]

# URL packages of the fronts whose modules declare NAV_ITEMS (jobcenter.core.navigation reads them).
NAVIGATION_URL_PACKAGES = ["jobcenter.staff.urls", "jobcenter.portal.urls"]
ROOT_URLCONF = "jobcenter.config.urls"
WSGI_APPLICATION = "jobcenter.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "jobcenter.core.context_processors.site",
            ],
            "builtins": [
                "jobcenter.core.templatetags.present",
                "jobcenter.cases.templatetags.service_codes",
            ],  # the presentation filters on every page
        },
    },
]

_default_db = f"sqlite:///{VAR_DIR / 'jobcenter.sqlite3'}"
_db_url = env_str("DATABASE_URL", _default_db) or _default_db
if _db_url.split(":", 1)[0] not in {"sqlite", "postgres", "postgresql", "pgsql"}:
    raise ImproperlyConfigured(
        f"DATABASE_URL scheme must be sqlite:// or postgresql:// (got {_db_url.split(':', 1)[0]!r})."
    )
try:
    DATABASES = {"default": dj_database_url.parse(_db_url, conn_max_age=env_int("DB_CONN_MAX_AGE", 0, minimum=0))}
except ValueError as exc:
    raise ImproperlyConfigured(f"DATABASE_URL could not be parsed: {exc}") from None
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    # IMMEDIATE: a write transaction takes the write lock when it starts, so two writers queue (up to `timeout`
    # seconds) instead of one failing half-way with "database is locked" (issue #10). WAL lets reads go on meanwhile.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": env_int("SQLITE_TIMEOUT", 20, minimum=1),
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "login"
LOGIN_URL_PATH = "/accounts/login/"
# Two-step sign-in (django-otp TOTP) for roles that can reveal SSNs or export data (ADR 0025). On outside the test
# settings; the 2FA tests switch it on with the ``settings`` fixture.
JOBCENTER_2FA_REQUIRED = env_bool("JOBCENTER_2FA_REQUIRED", not TESTING)
OTP_TOTP_ISSUER = "jobcenter"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"
AUTHENTICATION_BACKENDS = [
    # django-axes first: refuses sign-in while an IP address or a username is locked out (ADR 0024).
    "jobcenter.accounts.backends.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Failed sign-ins: after AXES_FAILURE_LIMIT failures from one IP address, or for one username, that address or
# username is locked out for AXES_COOLOFF_MINUTES (each counted separately, so a spray over many usernames from one
# address and a guess at one username from many addresses are both stopped).
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = _dt.timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15, minimum=1))
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_VERBOSE = False
# Behind a reverse proxy, the number of proxies in front of the app (their X-Forwarded-For entries are trusted).
AXES_IPWARE_PROXY_COUNT = env_int("PROXY_COUNT", 0, minimum=0) or None
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"] if AXES_IPWARE_PROXY_COUNT else ["REMOTE_ADDR"]
)
# Self-registration and other anonymous forms: at most this many posts per IP address per hour (core.throttle).
REGISTRATION_LIMIT_PER_HOUR = env_int("REGISTRATION_LIMIT_PER_HOUR", 10000 if TESTING else 10, minimum=1)
# Type-ahead asks per client address an hour (industry picker: public, since employers use it while registering).
SUGGEST_LIMIT_PER_HOUR = env_int("SUGGEST_LIMIT_PER_HOUR", 100000 if TESTING else 1200, minimum=1)
# Password-reset requests and new-password submissions, per client address and per e-mail address asked for.
PASSWORD_RESET_LIMIT_PER_HOUR = env_int("PASSWORD_RESET_LIMIT_PER_HOUR", 10000 if TESTING else 5, minimum=1)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
if TESTING:
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

LANGUAGE_CODE = "en-us"
TIME_ZONE = env_str("TIME_ZONE", "America/Chicago")
USE_I18N = True
FORMAT_MODULE_PATH = ["jobcenter.formats"]  # one date and date-time format on every page
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
MEDIA_URL = "/media/"

# Email (password reset): console in development, SMTP in production; tests use Django's in-memory outbox.
EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend" if PRODUCTION else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25, minimum=1, maximum=65535)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "") or ""
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "") or ""
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "jobcenter@localhost")
PASSWORD_RESET_TIMEOUT = env_int("PASSWORD_RESET_TIMEOUT", 3 * 24 * 3600, minimum=600)
# Whom people call about their account (shown to the owner of a merged duplicate login).
SUPPORT_CONTACT = env_str("SUPPORT_CONTACT", "the Customer Support Unit at (888) 728-5627 or your job center")
# Production behind a TLS-terminating reverse proxy (docs/deploy.md): HTTPS only, HSTS, secure cookies, static files
# from WhiteNoise. `jobcenter check --deploy` passes with no warnings (tested).
if PRODUCTION:
    MIDDLEWARE.insert(
        MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
        "whitenoise.middleware.WhiteNoiseMiddleware",
    )
    STORAGES = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz/?$"]
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000, minimum=0)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# Content-Security-Policy (django-csp): everything from our own origin, no inline script or style, no eval
# (htmx's inline indicator style and eval are switched off in base.html). Browser-tested in
# jobcenter/core/tests/test_csp_browser.py.
from csp.constants import NONE, SELF  # noqa: E402

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = PRODUCTION
CSRF_COOKIE_SECURE = PRODUCTION
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 8 * 3600, minimum=300)

# Never echo request data (which may hold an SSN) into error reports.
DEFAULT_EXCEPTION_REPORTER_FILTER = "jobcenter.core.logging.SensitiveExceptionReporterFilter"

# SSNs are masked when a log record is created (every logger and handler), and again by each handler's filter.
install_record_factory()
_LOG_LEVEL = env_choice("LOG_LEVEL", "INFO", {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"})
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"redact_ssn": {"()": "jobcenter.core.logredact.RedactSSNFilter"}},
    "formatters": {
        "django.server": {"()": "django.utils.log.ServerFormatter", "format": "[{server_time}] {message}", "style": "{"}
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["redact_ssn"]},
        "django.server": {"class": "logging.StreamHandler", "formatter": "django.server", "filters": ["redact_ssn"]},
    },
    "root": {"handlers": ["console"], "level": _LOG_LEVEL},
    "loggers": {
        # Replace Django's own handlers (console when DEBUG, mail_admins) with the filtered ones.
        "django": {"handlers": ["console"], "level": _LOG_LEVEL, "propagate": False},
        "django.server": {"handlers": ["django.server"], "level": "INFO", "propagate": False},
        "axes": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "gunicorn.error": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "gunicorn.access": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

AUDITLOG_INCLUDE_ALL_MODELS = False
AUDITLOG_DISABLE_REMOTE_ADDR = False

NINJA_PAGINATION_PER_PAGE = 50

# How background jobs run: eager (inline, tests), thread (development server), worker (`jobcenter jobs work`).
JOBCENTER_JOBS_MODE = env_choice(
    "JOBCENTER_JOBS_MODE",
    "eager" if TESTING else ("worker" if PRODUCTION else "thread"),
    {"eager", "thread", "worker"},
)

# The task queue under the jobs (docs/adr/0030-task-queue.md): Django's task framework as backported by
# django-tasks. "database" (django-tasks-db, the embedded default on SQLite and PostgreSQL) or "rq" (Redis, for
# production; needs the `rq` extra and REDIS_URL). "immediate" runs tasks inline when JOBCENTER_JOBS_MODE=eager.
JOBCENTER_TASKS_BACKEND = env_choice("JOBCENTER_TASKS_BACKEND", "database", {"database", "rq"})
REDIS_URL = env_str("REDIS_URL", "redis://127.0.0.1:6379/0")
TASKS = {
    "default": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    "immediate": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
if JOBCENTER_TASKS_BACKEND == "rq":
    INSTALLED_APPS += ["django_rq"]
    TASKS["default"] = {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}
    RQ_QUEUES = {"default": {"URL": REDIS_URL}}
JOBCENTER_JOBS_MAX_ATTEMPTS = env_int("JOBCENTER_JOBS_MAX_ATTEMPTS", 3, minimum=1, maximum=20)
JOBCENTER_JOBS_RETRY_SECONDS = env_int("JOBCENTER_JOBS_RETRY_SECONDS", 30, minimum=0)
JOBCENTER_WORKER_LEASE_SECONDS = env_int("JOBCENTER_WORKER_LEASE_SECONDS", 60, minimum=1)

# Messages to job seekers (notifications of qualified jobs). Email goes through Django's email backends; texts
# through a pluggable SMS backend. Development writes both to files under var/outbox.
OUTBOX_DIR = env_str("JOBCENTER_OUTBOX_DIR", str(BASE_DIR / "var" / "outbox"))
EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.locmem.EmailBackend"
    if TESTING
    else "jobcenter.referrals.messaging.KeyedFileEmailBackend",
)
EMAIL_FILE_PATH = env_str("EMAIL_FILE_PATH", str(Path(OUTBOX_DIR) / "email"))
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "jobs@jobcenter.example")
SMS_BACKEND = env_str(
    "JOBCENTER_SMS_BACKEND",
    "jobcenter.referrals.messaging.MemorySMSBackend" if TESTING else "jobcenter.referrals.messaging.FileSMSBackend",
)
SMS_FILE_PATH = env_str("JOBCENTER_SMS_FILE_PATH", str(Path(OUTBOX_DIR) / "sms"))
LETTER_BACKEND = env_str(
    "JOBCENTER_LETTER_BACKEND",
    "jobcenter.referrals.messaging.MemoryLetterBackend"
    if TESTING
    else "jobcenter.referrals.messaging.FileLetterBackend",
)
# Links in messages to job seekers start with this address.
JOBCENTER_PUBLIC_URL = (env_str("JOBCENTER_PUBLIC_URL", "http://127.0.0.1:8000") or "").rstrip("/")

# Demo/test data location for the O*NET importer (never committed).
ONET_DATA_DIR = env_str("ONET_DATA_DIR", str(BASE_DIR.parent / "shared" / "data" / "onet"))

# UI/SWIS/federal/military wage records (Parquet, keyed SSN hashes only); never in the web database.
WAGE_DATA_DIR = Path(env_str("WAGE_DATA_DIR", str(VAR_DIR / "wages")))
# Largest wage file the staff upload page takes; bigger files are loaded with `jobcenter wages import`.
WAGE_UPLOAD_MAX_BYTES = env_int("WAGE_UPLOAD_MAX_BYTES", 512 * 1024 * 1024, minimum=1024)

os.environ.setdefault("HF_HUB_OFFLINE", "1")
