"""Settings for the API benchmark server: the project's, plus a bare view to compare against."""

from config.settings import *  # noqa: F403

ROOT_URLCONF = "bench_urls"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
# Throughput, not the rate limits, is measured here.
REST_FRAMEWORK = {**REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": dict.fromkeys(REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"])}  # noqa: F405
