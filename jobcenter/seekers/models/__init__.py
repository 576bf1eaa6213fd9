from jobcenter.seekers.models.seeker import JobSeeker

__all__ = ["JobSeeker"]
