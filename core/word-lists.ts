/**
 * Word lists for telling names from capitalized ordinary words. All lowercase.
 */

/** Titles and roles written before a name (`President Putin`, `Secretary Kerry`). */
export const TITLES: ReadonlySet<string> = new Set(
  `president presidents secretary minister ministers prime foreign defense defence state
  senator sen rep representative congressman congresswoman gov governor mr mrs ms dr prof
  general gen admiral adm colonel col lt lieutenant commander chancellor king queen prince
  princess sheikh emir sultan pope ambassador envoy spokesman spokeswoman spokesperson leader
  chairman chairwoman chair vice deputy former acting premier director judge justice sir lady
  mayor chief counterpart strongman dictator candidate nominee speaker officials official
  russian syrian american us u s iranian turkish israeli french british german chinese`.split(
    /\s+/,
  ),
);

/**
 * Capitalized words that are not names: function words and pronouns that
 * start sentences or headlines, days, months, and verbs common in title-case
 * headlines (`Putin Says`, `Kerry Meets`).
 */
export const COMMON_CAPITALIZED: ReadonlySet<string> = new Set(
  `a an the and or but nor so yet for of in on at to by from with without into onto over under
  about after before during since until while when where why how what which who whom whose
  this that these those there here it its he she they we you i his her their our your my him
  them us me if then than as also both either neither each every all any some no not new more
  most many much few other another such only just even still again ever never always often
  meanwhile however although though because despite instead later earlier today tonight
  yesterday tomorrow now said says say tells told warns warned meets met calls called visits
  visited urges urged vows vowed slams rejects rejected wants signs signed heads talks talk
  holds held seeks sought backs backed blames blamed asks asked agrees agreed will would can
  could should may might must is are was were be been being has have had do does did get gets
  got make makes made take takes took give gives gave go goes went come comes came see sees
  saw know knows knew think thinks thought look looks looked want leave leaves left arrive
  arrives arrives monday tuesday wednesday thursday friday saturday sunday january february
  march april may june july august september october november december mon tue tues wed thu
  thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec
  read more share video photo photos watch live update updated breaking news exclusive opinion
  analysis report reports according says statement follow like related unlike amid among
  against beyond besides near inside outside across along around behind below beneath beside
  between toward towards upon within following including neighbouring neighboring nearby
  regarding concerning excluding throughout outlying
  blasts blast slams rips hits hit praises praise accuses accuse denies deny admits admit reveals
  reveal responds respond threatens threaten orders order vetoes veto wins win loses lose leads
  lead demands demand sets set tests test claims claim provide provides leaves puts put keeps
  keep faces face fires fire names name picks pick plans plan pushes push pulls pull says
  sends send speaks speak stands stand sues sue tries try turns turn vows warns welcomes
  defends defend dismisses dismiss doubles drops drop ends end gives joins join launches
  makes meets mocks moves offers opens open owns plays plays praises questions raises
  rejects returns rules signals sparks steps strikes supports suspends takes taps targets
  touts trolls unveils visits weighs`.split(/\s+/),
);
