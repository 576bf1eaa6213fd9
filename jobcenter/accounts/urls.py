"""Sign in and out."""

from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.urls import path

from jobcenter.accounts import views, views_twostep

urlpatterns = [
    path("login/", login_not_required(auth_views.LoginView.as_view(template_name="accounts/login.html")), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("tokens/", views.api_tokens, name="api-tokens"),
    path("two-step/", views_twostep.two_step_verify, name="two-step"),
    path("two-step/setup/", views_twostep.two_step_setup, name="two-step-setup"),
]
