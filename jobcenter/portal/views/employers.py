"""Employer portal: self-registration (public), company profile, worksites, users and terms of service.

Services decide; these views collect input and show results. An employer user only ever reaches their own
company (``employers_for_user`` is scoped).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from jobcenter.accounts.decorators import capability_required
from jobcenter.core.forms import ask_password_again, submit_form
from jobcenter.core.throttle import throttle_posts
from jobcenter.employers import constants, forms, selectors, services
from jobcenter.employers.models import Employer, EmployerMembership


def _mine(request) -> tuple[Employer, EmployerMembership]:
    """The signed-in employer user's company and membership (404 if not linked to one)."""
    employer = selectors.employers_for_user(request.user).order_by("id").first()
    if employer is None:
        raise Http404("Your user is not linked to a company.")
    membership = EmployerMembership.objects.get(employer=employer, user=request.user)
    return employer, membership


def _require_admin(membership: EmployerMembership) -> None:
    if not membership.is_admin:
        raise PermissionDenied("Only your company's administrators can do this.")


@login_not_required
@require_http_methods(["GET", "POST"])
@throttle_posts("portal.employer_register", fields=("username",))
def employer_register(request):
    """Public employer self-registration: user + company (pending verification) + terms; CSU is notified."""
    if request.user.is_authenticated:
        return redirect("home")
    form = forms.SelfRegisterForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        user_fields = {k: data.pop(k) for k in ("username", "password", "first_name", "last_name", "user_email")}
        try:
            employer, user = services.employer_self_register(
                accepts_terms=data.pop("accepts_terms"),
                attests_open_position=data.pop("attests_open_position"),
                **user_fields,
                **data,
            )
        except ValidationError as exc:
            form.add_service_errors(exc)
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, f"Welcome, {employer.legal_name}. Your account is created.")
            return redirect("portal:employer-company")
    context = {"form": ask_password_again(form), "terms": selectors.terms_current()}
    return render(request, "portal/employers/register.html", context)


@capability_required("portal.employer")
def company(request):
    """The company profile, its status and what the employer can do now."""
    employer, membership = _mine(request)
    return render(
        request,
        "portal/employers/company.html",
        {
            "e": employer,
            "membership": membership,
            "pending_notice": constants.PENDING_NOTICE,
            "has_terms": selectors.employer_has_accepted_current_terms(employer, user=request.user),
        },
    )


@require_http_methods(["GET", "POST"])
@capability_required("portal.employer")
def company_edit(request):
    """Company admins edit the profile (status and verification are CSU's)."""
    employer, membership = _mine(request)
    _require_admin(membership)
    form = forms.CompanyForm(request.POST or None, instance=employer)
    if submit_form(request, form, lambda data: services.employer_update(employer=employer, actor=request.user, **data)):
        messages.success(request, "Company profile saved.")
        return redirect("portal:employer-company")
    return render(request, "portal/employers/form.html", {"form": form, "title": "Edit company profile"})


@require_http_methods(["GET", "POST"])
@capability_required("portal.employer")
def worksites(request):
    """List the company's worksites and add one."""
    employer, _ = _mine(request)
    form = forms.WorksiteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.worksite_create(employer=employer, actor=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_service_errors(exc)
        else:
            messages.success(request, "Worksite added.")
            if request.GET.get("next") == "order":  # came from the order form: go back to it
                return redirect("portal:employer-joborder-new")
            return redirect("portal:employer-worksites")
    return render(
        request,
        "portal/employers/worksites.html",
        {"e": employer, "form": form, "worksites": employer.worksites.filter(is_active=True)},
    )


@require_http_methods(["GET", "POST"])
@capability_required("portal.employer")
def worksite_edit(request, pk: int):
    """Change one of the company's worksites (orders already entered keep their address)."""
    employer, _ = _mine(request)
    worksite = get_object_or_404(employer.worksites.filter(is_active=True), pk=pk)
    form = forms.WorksiteForm(request.POST or None, instance=worksite)
    if submit_form(request, form, lambda data: services.worksite_update(worksite=worksite, actor=request.user, **data)):
        messages.success(request, "Worksite saved.")
        return redirect("portal:employer-worksites")
    return render(request, "portal/employers/form.html", {"form": form, "title": f"Edit worksite: {worksite.name}"})


@require_POST
@capability_required("portal.employer")
def worksite_remove(request, pk: int):
    """Take a worksite off the company's list."""
    employer, _ = _mine(request)
    worksite = get_object_or_404(employer.worksites.filter(is_active=True), pk=pk)
    services.worksite_remove(worksite=worksite, actor=request.user)
    messages.success(request, constants.WORKSITE_REMOVED)
    return redirect("portal:employer-worksites")


@require_http_methods(["GET", "POST"])
@capability_required("portal.employer")
def users(request):
    """The company's portal users; admins add more."""
    employer, membership = _mine(request)
    form = forms.EmployerUserForm(request.POST or None)
    if request.method == "POST":
        _require_admin(membership)
        if form.is_valid():
            try:
                services.employer_user_add(employer=employer, actor=request.user, **form.cleaned_data)
            except ValidationError as exc:
                form.add_service_errors(exc)
            else:
                messages.success(request, f"User {form.cleaned_data['username']} added.")
                return redirect("portal:employer-users")
    return render(
        request,
        "portal/employers/users.html",
        {
            "e": employer,
            "memberships": selectors.memberships_for(employer=employer, user=request.user),
            "form": form if membership.is_admin else None,
        },
    )


@require_http_methods(["GET", "POST"])
@capability_required("portal.employer")
def terms(request):
    """Read the current terms of service and accept them."""
    employer, _ = _mine(request)
    current = selectors.terms_current()
    if request.method == "POST":
        if request.POST.get("accept") != "yes":
            messages.error(request, constants.TERMS_REQUIRED)
        else:
            services.terms_accept(employer=employer, user=request.user, version=current)
            messages.success(request, f"Thank you. You accepted the terms of service (version {current.version}).")
            return redirect("portal:employer-company")
    return render(
        request,
        "portal/employers/terms.html",
        {
            "e": employer,
            "terms": current,
            "accepted": selectors.employer_has_accepted_current_terms(employer, user=request.user),
        },
    )
