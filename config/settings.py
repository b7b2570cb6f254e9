import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from csp.constants import NONCE, SELF

from config.secret import load_secret_key

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    return os.environ.get(name, str(default)).lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = load_secret_key(BASE_DIR / ".secret_key")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h]

INSTALLED_APPS = [
    # The admin first: its autodiscovery registers the ledger's admin before the apps that extend it (excel, then
    # jobs) do so in their ready().
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "simple_history",
    "rangefilter",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "axes",
    "accounts",
    "ledger",
    "excel",
    "imports",
    "workbench",
    "jobs",
    "similarity",
    "demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    # Static files (admin, Swagger UI) served by the app itself, also under gunicorn without DEBUG.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "ledger.history.ChannelMiddleware",
    # Last: turns a locked-out login into the Chinese lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        # Persistent connections: opening one per request costs more than most API queries.
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite as a dependable embedded default under concurrent writers:
    # - IMMEDIATE: every atomic block takes the write lock when it begins, so a read-then-write transaction never
    #   has to upgrade its lock (the upgrade is what fails at once with "database is locked", busy timeout or not),
    #   and an If-Match check made inside it sees the last committed version (a racing PATCH gets 412);
    # - WAL: readers never wait for the writer nor block it; synchronous=NORMAL is durable across application
    #   crashes in WAL mode and skips an fsync per commit;
    # - a busy timeout: a writer waits its turn instead of failing.
    SQLITE_BUSY_TIMEOUT_SECONDS = int(os.environ.get("SQLITE_BUSY_TIMEOUT", "20"))
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": SQLITE_BUSY_TIMEOUT_SECONDS,
        "init_command": (
            "PRAGMA journal_mode=WAL;"
            "PRAGMA synchronous=NORMAL;"
            f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_SECONDS * 1000}"
        ),
        **DATABASES["default"].get("OPTIONS", {}),
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # JIT off for the app's connections: it is triggered by the planner's cost estimate alone, and the grouped counts
    # over every measure (overview, stats, reminders) cross it while gaining nothing from it. Measured at 1 M measures
    # (bench/warning_pages.py --set, and EXPLAIN ANALYZE): the old overview statement (cost 34 M) spent most of its
    # time compiling (1.2 s unloaded) and a raised jit_above_cost of 10 M still let it compile; the statement over
    # the stored warning inputs (cost ~0.1 M) sits just under the default threshold and would cross it as the ledger
    # grows, again for no gain. A threshold only moves the cliff; the app runs short OLTP statements, so none repay
    # compilation. PG_OPTIONS replaces this (e.g. "-c jit=on") when set.
    pg_options = os.environ.get("PG_OPTIONS", "-c jit=off")
    DATABASES["default"]["OPTIONS"] = {"options": pg_options, **DATABASES["default"].get("OPTIONS", {})}
    # Server-prepared statements for the API's token lookup and list pages (ledger.prepared; Django's own statements
    # bind on the client, which this leaves alone). PG_PREPARED_STATEMENTS=0 behind a pooler that does not keep
    # them (PgBouncer in transaction mode before 1.21 or without max_prepared_statements).
    if env_bool("PG_PREPARED_STATEMENTS", True):
        DATABASES["default"]["OPTIONS"].setdefault("prepare_threshold", 5)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "admin:login"

# Brute-force protection (django-axes): the first backend refuses a locked-out username + address pair;
# the model backend does the actual login.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_LOCKOUT_MINUTES", "30")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
AXES_ENABLE_ADMIN = False  # accounts.admin registers a Chinese page with the 解除锁定 action
AXES_COOLOFF_MESSAGE = "登录失败次数过多，账户已暂时锁定，请稍后再试。"
AXES_PERMALOCK_MESSAGE = "登录失败次数过多，账户已锁定，请联系管理员解除锁定。"
AXES_VERBOSE = False
# Behind a reverse proxy, the number of proxies whose X-Forwarded-For is trusted for the client address.
if os.environ.get("PROXY_COUNT"):
    AXES_IPWARE_PROXY_COUNT = int(os.environ["PROXY_COUNT"])
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]

LANGUAGE_CODE = "zh-hans"
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = os.environ.get("STATIC_ROOT") or None  # set it to run collectstatic for a front server
WHITENOISE_USE_FINDERS = True  # no collectstatic step needed
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

# Evidence, stashed uploads and job results go through the "default" storage, never a local path, so several
# machines can share them on S3-compatible storage (django-storages, installed separately; see README).
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if os.environ.get("S3_BUCKET"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["S3_BUCKET"],
            "endpoint_url": os.environ.get("S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("S3_REGION") or None,
            "location": os.environ.get("S3_PREFIX", ""),
            # Files are private: evidence and job results are served only through the scoped download views.
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }

# Background jobs (jobs/): Celery with this broker when set, e.g. redis://127.0.0.1:6379/0; without it jobs run
# in a thread of the process that started them (JOBS_IN_PROCESS=thread), or inline (sync, as in tests).
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "")
CELERY_TASK_ACKS_LATE = True  # a worker that dies mid-job leaves the message for another worker
CELERY_WORKER_PREFETCH_MULTIPLIER = 1  # jobs are long: one at a time per worker process
CELERY_TASK_IGNORE_RESULT = True  # the Job row is the result
CELERY_TIMEZONE = "Asia/Shanghai"
JOBS_IN_PROCESS = os.environ.get("JOBS_IN_PROCESS", "thread")
# A job still queued in Celery after this long is failed (Redis restarted without persistence, no worker running):
# the message is lost or will never be taken, and its requester should know rather than wait.
JOBS_QUEUE_TIMEOUT_HOURS = int(os.environ.get("JOBS_QUEUE_TIMEOUT_HOURS", "6"))
# Daily reminders (celery beat): HH:MM, Asia/Shanghai.
REMINDERS_AT = os.environ.get("REMINDERS_AT", "08:00")
_hour, _minute = (int(part) for part in REMINDERS_AT.split(":"))
CELERY_BEAT_SCHEDULE = {
    "daily-reminders": {"task": "jobs.tasks.daily_reminders", "schedule": crontab(hour=_hour, minute=_minute)},
    # The overview's tallies for the new day's warning levels (ledger.services.overview), before anyone reads them.
    "daily-overview-tallies": {"task": "jobs.tasks.overview_tallies_rebuild", "schedule": crontab(hour=0, minute=1)},
}

# Evidence uploads (佐证材料)
EVIDENCE_MAX_BYTES = int(os.environ.get("EVIDENCE_MAX_BYTES", 20 * 1024 * 1024))
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# Rows one PATCH /api/measures/bulk/ may change (one transaction, holding the write lock while it runs).
BULK_MAX_ROWS = int(os.environ.get("BULK_MAX_ROWS", "500"))

# Warning levels: blue when due within DUE_SOON_DAYS, yellow when no progress note for STALE_DAYS.
DUE_SOON_DAYS = int(os.environ.get("DUE_SOON_DAYS", "15"))
STALE_DAYS = int(os.environ.get("STALE_DAYS", "30"))
REMINDER_FROM_EMAIL = os.environ.get("REMINDER_FROM_EMAIL", "taizhang@localhost")
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")

# History must stay as written: no reverting from the admin.
SIMPLE_HISTORY_REVERT_DISABLED = True
SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True

REST_FRAMEWORK = {
    # Token first: its WWW-Authenticate header makes anonymous requests 401, not 403.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "ledger.api.throttling.ThrottledTokenAuthentication",
        "ledger.api.authentication.PreparedSessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["ledger.api.permissions.RolePermission"],
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_PAGINATION_CLASS": "ledger.api.pagination.LedgerPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "ledger.api.schema.LedgerAutoSchema",
    "EXCEPTION_HANDLER": "ledger.api.errors.exception_handler",
    "DEFAULT_VERSIONING_CLASS": None,
    "DEFAULT_THROTTLE_CLASSES": [
        "ledger.api.throttling.AnonThrottle",
        "ledger.api.throttling.UserThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": os.environ.get("API_THROTTLE_ANON", "60/min"),
        "user": os.environ.get("API_THROTTLE_USER", "1200/min"),
        # wrong tokens from one address
        "failed_token": os.environ.get("API_THROTTLE_FAILED_TOKEN", "10/min"),
    },
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "台账 Taizhang API",
    "DESCRIPTION": "巡视巡察反馈问题整改台账接口：单位、轮次、巡视巡察、反馈问题、整改措施、整改进展、佐证材料、通报数据、文档导入与统计。",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # The schema maps every resource and filter: logged-in users only.
    "SERVE_PERMISSIONS": ["rest_framework.permissions.IsAuthenticated"],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "StatusEnum": "ledger.choices.Status",
        "ChannelEnum": "ledger.choices.Channel",
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Production: HTTPS-only by default when DEBUG is off and the site answers to a host name other than loopback
# (plain HTTP on 127.0.0.1 — tests, benches, a local gunicorn — cannot do TLS anyway). Each setting can be
# set from the environment, e.g. SECURE_SSL_REDIRECT=0 behind a proxy that already redirects.
_LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}
SECURE_DEFAULT = not DEBUG and any(host not in _LOOPBACK for host in ALLOWED_HOSTS)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", SECURE_DEFAULT)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000" if SECURE_DEFAULT else "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", SECURE_DEFAULT)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", SECURE_DEFAULT)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", SECURE_DEFAULT)
if env_bool("SECURE_PROXY_SSL_HEADER", False):  # only behind a proxy that sets X-Forwarded-Proto itself
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp 4): everything from our own origin. Scripts are files (admin, Swagger UI
# via its split view); the one inline script, the admin date-range filter's, carries the per-response nonce
# (request.csp_nonce). Inline style stays allowed: the admin and Swagger UI set style attributes.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "object-src": ["'none'"],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": ["'none'"],
    }
}
