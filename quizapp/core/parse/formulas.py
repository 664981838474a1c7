"""Chemical formulas: the elements, the compounds a reader knows, and how formulas are written.

Two formulas written together read as one (``H₂OC₆H₁₂O₆``); a chemist splits them because
both halves are familiar compounds, or because only one split leaves two formulas written
the way chemists write them. :data:`FORMULAS` is that familiarity: common elements as they
occur (O₂, N₂), everyday compounds, acids, bases, salts, gases, the sugars and molecules of
biology, and common ions, written from general knowledge, with subscripts (a formula written
with plain digits, ``H2O``, is looked up in the same list). :func:`conventional` is the
writing convention.
"""

from __future__ import annotations

import re

# The 118 elements, by atomic number.
ELEMENTS: tuple[str, ...] = tuple("""
    H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As
    Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd
    Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am
    Cm Bk Cf Es Fm Md No Lr Rf Db Sg Bh Hs Mt Ds Rg Cn Nh Fl Mc Lv Ts Og
""".split())
_ELEMENT_SET = frozenset(ELEMENTS)
# The non-metals in the order an inorganic formula lists them (IUPAC: the more
# electropositive first, so oxygen and fluorine last): CO₂, NH₃, H₂S, SiO₂, NaCl, SO₄²⁻.
# Every other element is a metal and comes before them.
_NONMETAL_ORDER = {s: n for n, s in enumerate(
    "Rn Xe Kr Ar Ne He B Si C Sb As P N H Te Se S At I Br Cl O F".split())}
SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉"
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻"
_PARTS = re.compile(f"(?:[A-Z][a-z]?[{SUBSCRIPTS}]*)+[{SUPERSCRIPTS}]*")
_SYMBOL = re.compile("[A-Z][a-z]?")

_SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")

FORMULAS: frozenset[str] = frozenset("""
    H₂ O₂ O₃ N₂ Cl₂ F₂ Br₂ I₂ S₈ P₄
    H₂O H₂O₂ D₂O CO CO₂ NO NO₂ N₂O N₂O₄ SO₂ SO₃ H₂S NH₃ CH₄ C₂H₆ C₃H₈ C₄H₁₀ C₂H₄ C₂H₂
    C₆H₆ C₈H₁₈ CH₃OH C₂H₅OH C₂H₆O CH₃COOH C₂H₄O₂ HCOOH CH₂O C₃H₆O CH₃COCH₃ C₇H₈ C₁₀H₈
    C₆H₁₂O₆ C₁₂H₂₂O₁₁ C₆H₁₀O₅ C₅H₁₀O₅ C₃H₆O₃ C₃H₈O₃ C₂₇H₄₆O C₈H₁₀N₄O₂ C₉H₈O₄ C₁₀H₁₆
    C₅H₈ C₂H₃Cl CCl₄ CHCl₃ CH₂Cl₂ CF₂Cl₂ CS₂ HCN
    HCl HF HBr HI HNO₃ HNO₂ H₂SO₄ H₂SO₃ H₃PO₄ H₂CO₃ HClO HClO₄
    NaOH KOH LiOH Ca(OH)₂ Mg(OH)₂ Ba(OH)₂ Al(OH)₃ Fe(OH)₃ NH₄OH
    NaCl KCl CaCl₂ MgCl₂ FeCl₃ AgCl AgNO₃ NaNO₃ KNO₃ NH₄Cl NH₄NO₃ (NH₄)₂SO₄
    CaCO₃ Na₂CO₃ NaHCO₃ K₂CO₃ MgCO₃ CaSO₄ Na₂SO₄ CuSO₄ FeSO₄ MgSO₄ ZnSO₄ BaSO₄ KMnO₄
    K₂Cr₂O₇ NaClO NaF KI KBr Ca₃(PO₄)₂ Na₃PO₄ CaF₂ NaH LiCl LiBr
    CaO MgO Na₂O K₂O Al₂O₃ Fe₂O₃ Fe₃O₄ FeO CuO Cu₂O ZnO SiO₂ TiO₂ MnO₂ PbO Ag₂O P₂O₅ SnO₂
    FeS₂ ZnS PbS CuS SiC NaN₃
    H⁺ H₃O⁺ OH⁻ Na⁺ K⁺ Li⁺ Ag⁺ NH₄⁺ Ca²⁺ Mg²⁺ Fe²⁺ Fe³⁺ Cu⁺ Cu²⁺ Zn²⁺ Al³⁺ Ba²⁺ Mn²⁺
    Pb²⁺ Cl⁻ F⁻ Br⁻ I⁻ O²⁻ S²⁻ NO₃⁻ NO₂⁻ SO₄²⁻ SO₃²⁻ CO₃²⁻ HCO₃⁻ PO₄³⁻ HPO₄²⁻ H₂PO₄⁻
    MnO₄⁻ CN⁻ ClO⁻ CH₃COO⁻
""".split())


def known_formula(token: str) -> bool:
    """``token`` is a familiar formula, written with subscripts or plain digits (plain
    digits only with two capitals at least: "H2O", "CO2", but "I2" or "O2" may be codes)."""
    if token in FORMULAS:
        return True
    if any(ch in SUBSCRIPTS or ch in SUPERSCRIPTS for ch in token):
        return False  # "H₂O2" is H₂O and a number, not H₂O₂
    return sum(ch.isupper() for ch in token) >= 2 and token.translate(_SUB) in FORMULAS


def conventional(formula: str) -> bool:
    """``formula`` (element symbols with subscript counts and an optional charge, no
    brackets) is written as chemists write formulas: each element once, and either in Hill
    order (carbon, hydrogen, then the rest alphabetically: C₆H₁₂O₆, CCl₄) or in the inorganic
    order (metals, then the non-metals in IUPAC's sequence: CaCO₃, NH₃, SO₄²⁻; hydrogen may
    lead an acid or follow the metal of an acid salt: H₂SO₄, NaHCO₃). A hydroxide or
    alcohol may end in OH (NaOH, C₂H₅OH).

    "H₂OC₆" and "OC₆H₁₂O₆" are not; so "H₂OC₆H₁₂O₆" splits only as "H₂O" and "C₆H₁₂O₆".
    """
    if _PARTS.fullmatch(formula) is None:
        return False
    symbols = _SYMBOL.findall(formula)
    if any(s not in _ELEMENT_SET for s in symbols):
        return False
    if formula.rstrip(SUPERSCRIPTS).endswith("OH") and len(symbols) > 2 \
            and symbols[:-2] != ["H"]:
        symbols = symbols[:-2]
    if len(set(symbols)) != len(symbols):
        return False
    if len(symbols) == 1:
        return True
    if symbols[0] == "C":
        rest = symbols[2:] if symbols[1] == "H" else symbols[1:]
        if rest == sorted(rest):
            return True
    metals = 0
    while metals < len(symbols) and symbols[metals] not in _NONMETAL_ORDER:
        metals += 1
    rest = symbols[metals:]
    if rest[:1] == ["H"] and len(rest) > 1:
        rest = rest[1:]  # an acid (H₂SO₄) or an acid salt (NaHCO₃)
    order = [_NONMETAL_ORDER.get(s, -1) for s in rest]
    return -1 not in order and order == sorted(order)
