from jobcenter.employers.models.employer import Employer, EmployerMembership

__all__ = ["Employer", "EmployerMembership"]
