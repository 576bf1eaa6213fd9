// Industry (NAICS) picker: a click on a suggested industry puts its code in the field it belongs to, shows the
// code and title beside the field and closes the list. The list itself comes from htmx (IndustryInput).
document.addEventListener("click", function (event) {
  var pick = event.target.closest("[data-industry-pick]");
  if (!pick) return;
  var id = pick.getAttribute("data-industry-field");
  var input = document.getElementById(id);
  if (!input) return;
  input.value = pick.getAttribute("data-industry-pick");
  var chosen = document.getElementById(id + "-chosen");
  if (chosen) chosen.textContent = pick.getAttribute("data-industry-label");
  var list = document.getElementById(id + "-suggestions");
  if (list) list.textContent = "";
  input.focus();
});
// Typing again: the industry shown beside the field no longer says what is in it.
document.addEventListener("input", function (event) {
  if (!event.target.matches("[data-industry-input]")) return;
  var chosen = document.getElementById(event.target.id + "-chosen");
  if (chosen) chosen.textContent = "";
});
