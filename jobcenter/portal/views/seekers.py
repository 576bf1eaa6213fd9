"""Job seeker portal: self-registration (public), my profile and my résumé."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods

from jobcenter.accounts.decorators import capability_required
from jobcenter.core.forms import ask_password_again
from jobcenter.core.throttle import throttle_posts
from jobcenter.seekers import selectors, services
from jobcenter.seekers.forms import RESUME_FORMS, RESUME_TITLES, PortalRegistrationForm, ProfileEditForm
from jobcenter.seekers.services import PROFILE_FIELDS


@login_not_required
@require_http_methods(["GET", "POST"])
@throttle_posts("portal.seeker_register", fields=("username", "ssn"))
def seeker_register(request):
    """Create an account (manual: Registration Requirements). Nothing about anyone else's records is shown: when
    the duplicate check finds possible matches, the account is created, the Customer Support Unit is asked to
    check it, and the person sees a neutral "we need to check your details" page (issue #10)."""
    if request.user.is_authenticated:
        return redirect("portal:seeker-home")
    form = PortalRegistrationForm(request.POST or None, initial={"state": "MO"})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            seeker = services.seeker_self_register(
                username=data["username"],
                password=data["password"],
                ssn=data.get("ssn") or None,
                **form.profile_data(),
            )
        except ValidationError as exc:
            form.apply_errors(exc)
        else:
            login(request, seeker.user, backend="django.contrib.auth.backends.ModelBackend")
            if selectors.seeker_review_waiting(seeker=seeker):
                return render(request, "portal/seekers/check_details.html", {"seeker": seeker})
            messages.success(request, f"Welcome! Your State ID is {seeker.state_id}.")
            back = request.GET.get("next", "")
            if back and url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
                return redirect(back)  # e.g. the job they were reading (issue #12: register, then "Refer me")
            return redirect("portal:seeker-resume")
    return render(request, "portal/seekers/register.html", {"form": ask_password_again(form)})


def _own_seeker(request):
    seeker = selectors.seeker_for_portal_user(user=request.user)
    if seeker is None:
        raise Http404("No job seeker profile is linked to this account.")
    return seeker


@require_http_methods(["GET", "POST"])
@capability_required("portal.seeker")
def my_profile(request):
    """The person's own profile; changes are validated like registration and audited."""
    seeker = _own_seeker(request)
    initial = {f: getattr(seeker, f) for f in PROFILE_FIELDS if f in ProfileEditForm.base_fields}
    form = ProfileEditForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.seeker_update_profile(seeker=seeker, actor=request.user, **form.profile_data())
        except ValidationError as exc:
            form.apply_errors(exc)
        else:
            messages.success(request, "Your profile was saved.")
            return redirect("portal:seeker-profile")
    return render(request, "portal/seekers/profile.html", {"form": form, "seeker": seeker})


@require_http_methods(["GET", "POST"])
@capability_required("portal.seeker")
def my_resume(request):
    """The person's own résumé: add or remove entries in each section."""
    seeker = _own_seeker(request)
    kind = request.POST.get("kind", "")
    forms = {k: cls(prefix=k) for k, cls in RESUME_FORMS.items()}
    if request.method == "POST":
        if kind not in RESUME_FORMS:
            raise Http404
        if "remove" in request.POST:
            try:
                entry_id = int(request.POST["remove"])
            except ValueError:
                raise Http404 from None
            services.resume_entry_remove(seeker=seeker, actor=request.user, section=kind, entry_id=entry_id)
            messages.success(request, "Removed.")
            return redirect("portal:seeker-resume")
        form = RESUME_FORMS[kind](request.POST, prefix=kind)
        forms[kind] = form
        if form.is_valid():
            try:
                services.resume_entry_add(seeker=seeker, actor=request.user, section=kind, **form.cleaned_data)
            except ValidationError as exc:
                for field, msgs in exc.message_dict.items():
                    for m in msgs:
                        form.add_error(field if field in form.fields else None, m)
            else:
                messages.success(request, f"Added to {RESUME_TITLES[kind].lower()}.")
                return redirect("portal:seeker-resume")
    sections = [
        (k, RESUME_TITLES[k], forms[k], getattr(seeker, rel).all())
        for k, rel in (
            ("work", "work_history"),
            ("education", "education"),
            ("credential", "credentials"),
            ("skill", "skills"),
            ("occupation", "desired_occupations"),
        )
    ]
    return render(request, "portal/seekers/resume.html", {"seeker": seeker, "sections": sections})
