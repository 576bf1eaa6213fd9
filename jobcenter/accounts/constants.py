"""User-facing messages of sign-in and password reset (tests assert on them)."""

SIGN_IN_FAILED = "Your username and password didn't match. Please try again."
MERGED_LOGIN = (
    "This sign-in belongs to an account that was combined with another account of yours after a duplicate "
    "check, so it can no longer be used. Contact {contact}; they will help you sign in to the account you keep."
)
RESET_SENT = (
    "If an account uses that email address, we sent it a link to choose a new password. The link works for "
    "{days} days. Check your spam folder if it does not arrive."
)
