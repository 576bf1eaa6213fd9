"""Sign in and out, forgotten passwords (Django's password reset over the configured email backend), API tokens."""

from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.urls import path, reverse_lazy

from jobcenter.accounts import views, views_twostep
from jobcenter.accounts.forms import NewPasswordForm, ResetForm, SignInForm
from jobcenter.core.throttle import throttle_posts


def _reset_throttle(view, *, fields: tuple[str, ...] = ()):
    """Limit password-reset POSTs per client address and per e-mail address (issue #10: throttle password reset
    per IP and per account); past the limit the page answers 429 with a plain message."""
    return throttle_posts("password-reset", fields=fields, limit_setting="PASSWORD_RESET_LIMIT_PER_HOUR")(view)


urlpatterns = [
    path(
        "login/",
        login_not_required(
            auth_views.LoginView.as_view(template_name="accounts/login.html", authentication_form=SignInForm)
        ),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "password-reset/",
        login_not_required(
            _reset_throttle(
                auth_views.PasswordResetView.as_view(
                    template_name="accounts/password_reset_form.html",
                    form_class=ResetForm,
                    email_template_name="accounts/password_reset_email.txt",
                    subject_template_name="accounts/password_reset_subject.txt",
                    success_url=reverse_lazy("password_reset_done"),
                ),
                fields=("email",),
            )
        ),
        name="password_reset",
    ),
    path(
        "password-reset/sent/",
        login_not_required(views.PasswordResetSentView.as_view()),
        name="password_reset_done",
    ),
    path(
        "password-reset/<uidb64>/<token>/",
        login_not_required(
            _reset_throttle(
                auth_views.PasswordResetConfirmView.as_view(
                    template_name="accounts/password_reset_confirm.html",
                    form_class=NewPasswordForm,
                    success_url=reverse_lazy("password_reset_complete"),
                )
            )
        ),
        name="password_reset_confirm",
    ),
    path(
        "password-reset/done/",
        login_not_required(
            auth_views.PasswordResetCompleteView.as_view(template_name="accounts/password_reset_complete.html")
        ),
        name="password_reset_complete",
    ),
    path("tokens/", views.api_tokens, name="api-tokens"),
    path("two-step/", views_twostep.two_step_verify, name="two-step"),
    path("two-step/setup/", views_twostep.two_step_setup, name="two-step-setup"),
]
