"""The stem templates per language, each with the cases of the side name it needs."""

from __future__ import annotations

from dataclasses import dataclass

from quizapp.core.language.inflect import Case

G, D, A, L = Case.GENITIVE, Case.DATIVE, Case.ACCUSATIVE, Case.LOCATIVE


@dataclass(frozen=True)
class Frame:
    """A stem template and the cases of the side name it needs (none: nominative only)."""

    text: str
    cases: tuple[Case, ...] = ()


# Each entry: the frames to try in order; the first whose cases are known is used.
LATVIAN: dict[str, tuple[Frame, ...]] = {
    "claim": (Frame("Kas raksturo {acc} aspektā «{aspect}»?", (A,)),
              Frame("Kas raksturīgs {dat} aspektā «{aspect}»?", (D,)),
              Frame("{Nom}: kas raksturīgs aspektā «{aspect}»?")),
    "example": (Frame("Kāds ir {gen} piemērs?", (G,)),
                Frame("{Nom}: kāds ir piemērs?")),
    "claim_source": (Frame("Kas salīdzinājumā teikts par {acc} rindā «{aspect}»?", (A,)),
                     Frame("{Nom}: kas salīdzinājumā teikts rindā «{aspect}»?")),
    "which_side": (Frame("Uz ko attiecas šis apgalvojums: «{text}»?"),),
    "which_side_aspect": (Frame("Aspekts «{aspect}»: uz ko attiecas «{text}»?"),),
    "which_side_examples": (Frame("Kuram no abiem atbilst šie piemēri: «{text}»?"),),
    "which_side_example": (Frame("Kuram no abiem atbilst šis piemērs: «{text}»?"),),
    "which_side_quoted": (Frame("Aspekts «{aspect}»: uz ko attiecas «{text}»?"),),
    "has": (Frame("Vai {dat} ir {aspect_lc}?", (D,)),),
    "tf_has": (Frame("{Dat} ir {aspect_lc}.", (D,)),),
    "not_true": (Frame("Kas no šiem NAV raksturīgs {dat}?", (D,)),
                 Frame("Kas no šiem NAV attiecas uz {acc}?", (A,))),
    "common": (Frame("Kas kopīgs {dat} un {dat2}?", (D,)),),
    "definition": (Frame("Kas ir {nom}?"),),
    "list": (Frame("Nosauciet {count} {title_acc}."),
             Frame("Kas minēts sadaļā «{title}»? Nosauciet {all} punktus."),),
    "polar_list": (Frame("Nosauciet {count} {gen} {plural}, ko min raksts.", (G,)),),
    "steps_card": (Frame("{title}? Nosauciet posmus to secībā."),),
    "order": (Frame("{title}? Sakārtojiet posmus pareizā secībā."),),
    "steps_card_of": (Frame("Nosauciet posmus to secībā: «{title}»."),),
    "order_of": (Frame("Sakārtojiet posmus pareizā secībā: «{title}»."),),
    # "Kā ieziest klasiskās slēpes": how to do a thing, in steps (soļi), not stages (posmi).
    "steps_card_do": (Frame("{title}? Nosauciet soļus to secībā."),),
    "order_do": (Frame("{title}? Sakārtojiet soļus pareizā secībā."),),
    "polar_card": (Frame("Kāpēc «{title}» ir {gen} {noun}?", (G,)),
                   Frame("Kāpēc «{title}» ir {noun}?")),
    "step_card": (Frame("Kas notiek posmā «{title}»?"),),
    "member_card": (Frame("Ko raksts saka par «{title}» sadaļā «{group}»?"),),
    "quoted_member": (Frame("Ko sadaļā «{group}» raksts saka punktā, kura virsraksts ir "
                            "«{title}»?"),),
    "section_card": (Frame("Ko raksts saka par tēmu «{title}»?"),),
    "polar_mc": (Frame("{which} ir {gen} {noun}?", (G,)),),
    "polar_not": (Frame("Kas no šiem NAV minēts kā {gen} {noun}?", (G,)),),
    "which_member": (Frame("Kuram punktam sadaļā «{group}» atbilst šis apraksts: «{text}»?"),),
    "key_point": (Frame("Pabeidziet atziņu: «{head} …»"),),
    "tf_verb": (Frame("{Nom} {text}."),),
    "tf_clause": (Frame("{Loc} {text}.", (L,)),),
    "tf_value": (Frame("{Gen} {aspect_lc} ir {value_lc}.", (G,)),),
    "cloze_claim": (Frame("{Nom} ({aspect}): {text}"),),
}

ENGLISH: dict[str, tuple[Frame, ...]] = {
    "claim": (Frame("What characterises {nom} in terms of {aspect_lc}?"),),
    "example": (Frame("What is an example of {nom}?"),),
    "claim_source": (Frame("What does the comparison say about {nom} under “{aspect}”?"),),
    "which_side": (Frame("Which of the two does this describe: “{text}”?"),),
    "which_side_aspect": (Frame("Regarding {aspect_lc}, which of the two does this describe: "
                                "“{text}”?"),),
    "which_side_examples": (Frame("Which of the two are these examples of: “{text}”?"),),
    "which_side_example": (Frame("Which of the two is this an example of: “{text}”?"),),
    "which_side_quoted": (Frame("Under “{aspect}” in the comparison, which of the two does "
                                "this describe: “{text}”?"),),
    "has": (Frame("Does {nom} have {aspect_lc}?"),),
    "tf_has": (Frame("{Nom} has {aspect_lc}."),),
    "tf_aspect": (Frame("In {nom}, {aspect_lc} {text}."),),
    "not_true": (Frame("Which of these is NOT true of {nom}?"),),
    "common": (Frame("What do {nom} and {nom2} have in common?"),),
    "definition": (Frame("What is {nom}?"),),
    "list": (Frame("Name the {count} {title_lc}."),
             Frame("Name {all} points the article makes under “{title}”."),),
    "polar_list": (Frame("Name the {count} {plural} of {nom} the article gives."),),
    "steps_card": (Frame("{title}? Name the steps in order."),),
    "order": (Frame("{title}? Put the steps in order."),),
    "steps_card_of": (Frame("Name the steps of {title_lc} in order."),),
    "order_of": (Frame("Put the steps of {title_lc} in order."),),
    "steps_card_own": (Frame("Name the {title_lc} in order."),),
    "order_own": (Frame("Put the {title_lc} in order."),),
    "polar_card": (Frame("Why is “{title}” {a_noun} of {nom}?"),),
    "step_card": (Frame("What happens in the step “{title}”?"),),
    "member_card": (Frame("What does the article say about “{title}” in “{group}”?"),),
    "quoted_member": (Frame("In “{group}”, what does the point headed “{title}” say?"),),
    "section_card": (Frame("What does the article say about “{title}”?"),),
    "polar_mc": (Frame("Which of these is {a_noun} of {nom}?"),),
    "polar_not": (Frame("Which of these is NOT listed as {a_noun} of {nom}?"),),
    "which_member": (Frame("Which point of “{group}” does this describe: “{text}”?"),),
    "key_point": (Frame("Complete the key point: “{head} …”"),),
    "tf_verb": (Frame("{Nom} {text}."),),
    "tf_clause": (Frame("In {nom}, {text}."),),
    "tf_value": (Frame("In {nom}, the {aspect_lc} is {value_lc}."),),
    "tf_value_plural": (Frame("In {nom}, the {aspect_lc} are {value_lc}."),),
    "cloze_claim": (Frame("{Nom} ({aspect_lc}): {text}"),),
}
