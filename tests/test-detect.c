/* test-detect.c: suggestions of casualty figures, sources and claims
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "diptych-detect.h"
#include "diptych-detect-private.h"

#define N DIPTYCH_NO_NUMBER

typedef enum
{
  FIGURE,      /* a casualty figure whose text holds @words */
  QUIET,       /* no casualty figure holds @words */
  SOURCE,      /* a source whose text is @words */
  NO_SOURCE,   /* no source holds @words */
  CLAIM,       /* a claim whose text holds @words, spoken by @speaker */
  NO_CLAIM,    /* no claim holds @words */
  PART,        /* the figure @words is a part of the figure @speaker */
  WHOLE,       /* the figure @words is a part of no other */
  SAID_BY,     /* the figure @words is attributed to the source @speaker */
} Expect;

typedef struct
{
  const char       *name;
  const char       *text;
  Expect            expect;
  const char       *words;
  DiptychOutcome    outcome;
  gint64            value;
  gint64            low;
  gint64            high;
  DiptychQualifier  qualifier;
  DiptychGroup      group;
  DiptychSourceType type;
  const char       *speaker;
} Case;

#define K DIPTYCH_OUTCOME_KILLED
#define I DIPTYCH_OUTCOME_INJURED
#define M DIPTYCH_OUTCOME_MISSING
#define D DIPTYCH_OUTCOME_DETAINED
#define X DIPTYCH_OUTCOME_DISPLACED
#define EXACT DIPTYCH_QUALIFIER_EXACT
#define APPROX DIPTYCH_QUALIFIER_APPROX
#define AT_LEAST DIPTYCH_QUALIFIER_AT_LEAST
#define AT_MOST DIPTYCH_QUALIFIER_AT_MOST
#define RANGE DIPTYCH_QUALIFIER_RANGE
#define VAGUE DIPTYCH_QUALIFIER_VAGUE
#define PEOPLE DIPTYCH_GROUP_PEOPLE
#define CIVILIANS DIPTYCH_GROUP_CIVILIANS
#define CHILDREN DIPTYCH_GROUP_CHILDREN
#define WOMEN DIPTYCH_GROUP_WOMEN
#define MEN DIPTYCH_GROUP_MEN
#define FIGHTERS DIPTYCH_GROUP_FIGHTERS
#define SOLDIERS DIPTYCH_GROUP_SOLDIERS
#define OTHER DIPTYCH_GROUP_OTHER

#define FIG(name, text, words, outcome, value, low, high, qualifier, group) \
  { name, text, FIGURE, words, outcome, value, low, high, qualifier, group, 0, NULL }
#define QUIET_(name, text, words) { name, text, QUIET, words, 0, 0, 0, 0, 0, 0, 0, NULL }
#define SRC(name, text, words, type) { name, text, SOURCE, words, 0, 0, 0, 0, 0, 0, type, NULL }
#define NO_SRC(name, text, words) { name, text, NO_SOURCE, words, 0, 0, 0, 0, 0, 0, 0, NULL }
#define CLM(name, text, words, speaker) { name, text, CLAIM, words, 0, 0, 0, 0, 0, 0, 0, speaker }
#define NO_CLM(name, text, words) { name, text, NO_CLAIM, words, 0, 0, 0, 0, 0, 0, 0, NULL }
#define PART_(name, text, words, whole) { name, text, PART, words, 0, 0, 0, 0, 0, 0, 0, whole }
#define WHOLE_(name, text, words) { name, text, WHOLE, words, 0, 0, 0, 0, 0, 0, 0, NULL }
#define BY(name, text, words, source) { name, text, SAID_BY, words, 0, 0, 0, 0, 0, 0, 0, source }

static const Case cases[] = {
  /* numbers: digits, separators, words, compounds */
  FIG ("digits", "The blast killed 12 people in the square.", "12 people", K, 12, 12, 12, EXACT, PEOPLE),
  FIG ("thousands-separator", "The floods killed 1,240 villagers last year.", "1,240 villagers", K, 1240, 1240, 1240, EXACT, CIVILIANS),
  FIG ("number-word", "Gunmen killed seven farmers near the border.", "seven farmers", K, 7, 7, 7, EXACT, OTHER),
  FIG ("compound-hyphen", "Twenty-one pilgrims died when the bus overturned.", "Twenty-one pilgrims died", K, 21, 21, 21, EXACT, PEOPLE),
  FIG ("two-dozen", "The raid left two dozen civilians dead, residents said.", "two dozen civilians dead", K, 24, 24, 24, EXACT, CIVILIANS),
  FIG ("a-dozen", "Rescuers pulled a dozen bodies from the river.", "a dozen bodies", K, 12, 12, 12, EXACT, PEOPLE),
  FIG ("half-a-million", "Half a million people have been displaced by the fighting.", "Half a million people have been displaced", X, 500000, 500000, 500000, EXACT, PEOPLE),
  FIG ("half-a-dozen", "Half a dozen soldiers were killed in the ambush.", "Half a dozen soldiers were killed", K, 6, 6, 6, EXACT, SOLDIERS),
  FIG ("million", "About 2.5 million people have been displaced by the fighting.", "2.5 million people", X, 2500000, N, N, APPROX, PEOPLE),
  /* vague amounts */
  FIG ("dozens", "Dozens of people were injured in the stampede.", "Dozens of people were injured", I, N, 12, N, VAGUE, PEOPLE),
  FIG ("hundreds", "Hundreds of families fled the town overnight.", "Hundreds of families fled", X, N, 100, N, VAGUE, PEOPLE),
  FIG ("scores", "Scores of protesters were arrested on Friday.", "Scores of protesters were arrested", D, N, 20, N, VAGUE, PEOPLE),
  FIG ("several", "Several soldiers were wounded in the ambush.", "Several soldiers were wounded", I, N, 3, N, VAGUE, SOLDIERS),
  FIG ("a-number-of", "A number of students remain missing after the attack.", "A number of students remain missing", M, N, 2, N, VAGUE, PEOPLE),
  FIG ("several-dozen", "Several dozen farmers had gone missing after the raid.", "Several dozen farmers had gone missing", M, N, 36, N, VAGUE, OTHER),
  FIG ("several-dozen-no-noun", "Troops fired on the crowd, killing four and wounding several dozen.", "wounding several dozen", I, N, 36, N, VAGUE, PEOPLE),
  FIG ("a-few-hundred", "A few hundred villagers fled across the river.", "A few hundred villagers fled", X, N, 200, N, VAGUE, CIVILIANS),
  /* ranges */
  FIG ("between-and", "The shelling killed between 15 and 20 civilians.", "between 15 and 20 civilians", K, N, 15, 20, RANGE, CIVILIANS),
  FIG ("to-range", "Officials said 30 to 40 migrants drowned.", "30 to 40 migrants", K, N, 30, 40, RANGE, PEOPLE),
  FIG ("hyphen-range", "Police detained 40-50 protesters in the capital.", "40-50 protesters", D, N, 40, 50, RANGE, PEOPLE),
  FIG ("dash-range", "The storm left 5–8 fishermen missing.", "5–8 fishermen", M, N, 5, 8, RANGE, OTHER),
  FIG ("or-range", "Four or five guards were hurt in the riot.", "Four or five guards were hurt", I, N, 4, 5, RANGE, SOLDIERS),
  /* qualifiers */
  FIG ("at-least", "The quake killed at least 300 people.", "at least 300 people", K, 300, 300, N, AT_LEAST, PEOPLE),
  FIG ("more-than", "More than 40 children were wounded.", "More than 40 children were wounded", I, 40, 40, N, AT_LEAST, CHILDREN),
  FIG ("nearly", "Nearly 90 people died in the fire.", "Nearly 90 people died", K, 90, N, 90, AT_MOST, PEOPLE),
  FIG ("up-to", "Rebels abducted up to 60 schoolgirls.", "up to 60 schoolgirls", D, 60, N, 60, AT_MOST, CHILDREN),
  FIG ("about", "Around 3,000 residents were forced from their homes.", "Around 3,000 residents were forced from their homes", X, 3000, N, N, APPROX, CIVILIANS),
  FIG ("an-estimated", "An estimated 800 villagers were displaced.", "An estimated 800 villagers were displaced", X, 800, N, N, APPROX, CIVILIANS),
  FIG ("under", "Under 20 people died in the fire.", "Under 20 people died", K, 20, N, 20, AT_MOST, PEOPLE),
  /* outcome words in the clause */
  FIG ("lost-their-lives", "Eleven miners lost their lives in the collapse.", "Eleven miners lost their lives", K, 11, 11, 11, EXACT, OTHER),
  FIG ("death-toll", "The death toll rose to 57 on Sunday.", "57", K, 57, 57, 57, EXACT, PEOPLE),
  FIG ("bodies", "Divers recovered 19 bodies from the wreck.", "19 bodies", K, 19, 19, 19, EXACT, PEOPLE),
  FIG ("injured-after", "Thirty-two passengers were injured, two of them seriously.", "Thirty-two passengers were injured", I, 32, 32, 32, EXACT, PEOPLE),
  FIG ("missing", "At least nine crew members are still missing.", "nine crew members are still missing", M, 9, 9, N, AT_LEAST, OTHER),
  FIG ("detained", "Security forces arrested 120 suspects.", "arrested 120 suspects", D, 120, 120, 120, EXACT, PEOPLE),
  FIG ("abducted", "Gunmen abducted 25 women from the market.", "abducted 25 women", D, 25, 25, 25, EXACT, WOMEN),
  FIG ("seized-people", "Militants seized 14 passengers from the bus, police said.", "seized 14 passengers", D, 14, 14, 14, EXACT, PEOPLE),
  FIG ("snatched", "The attackers snatched three women from a farm.", "snatched three women", D, 3, 3, 3, EXACT, WOMEN),
  FIG ("carried-off", "Kidnappers carried off 20 pupils from the school.", "carried off 20 pupils", D, 20, 20, 20, EXACT, CHILDREN),
  QUIET_ ("burned-vehicles", "The attackers also burned four military vehicles and seized weapons, one of the sources said.", "four"),
  QUIET_ ("weapons-among-them-mortars", "Our forces captured 6 assailants and seized 14 weapons, among them 2 mortars of 60 mm and 9 AK-47 rifles.", "2 mortars"),
  QUIET_ ("sites-including-monasteries", "Some 11,200 people are sheltering in 9 sites in Tagaung and Mogoke, including 6 monasteries and 2 schools.", "6 monasteries"),
  FIG ("securing-others", "Troops repelled an armed aggression in the municipality, neutralizing 9 aggressors and securing 4 others, the Secretariat of National Defense reported.", "securing 4 others", D, 4, 4, 4, EXACT, FIGHTERS),
  QUIET_ ("secured-convictions", "Since the law was passed, prosecutors have secured three convictions.", "three"),
  QUIET_ ("returnees-registered", "Some 4,600 returnees have registered with local authorities since June.", "4,600"),
  QUIET_ ("returnees-arrived", "It came three weeks after the first of about 4,000 returnees arrived in the area under a federal plan.", "4,000"),
  FIG ("returnees-left-again", "An estimated 2,350 returnees have left their villages since 16 September.", "An estimated 2,350 returnees have left", X, 2350, N, N, APPROX, PEOPLE),
  FIG ("armed-youths", "He said 14 of the dead were armed youths and four were women.", "14 of the dead were armed youths", K, 14, 14, 14, EXACT, FIGHTERS),
  FIG ("coordinated-past-a-quote", "The ministry put the toll lower, saying nine soldiers and \"more than 30 terrorists\" had died in the fighting.", "nine soldiers", K, 9, 9, 9, EXACT, SOLDIERS),
  FIG ("militia-elements", "The heroes of the army captured 9 militia elements, among them a field commander, and seized 4 armoured vehicles.", "captured 9 militia elements", D, 9, 9, 9, EXACT, FIGHTERS),
  FIG ("armed-subject-holds", "The Houthis hold 12 men from the village, among them its schoolteacher, al-Husaini says.", "hold 12 men", D, 12, 12, 12, EXACT, MEN),
  QUIET_ ("hall-can-hold", "The hall can hold 300 people.", "300"),
  FIG ("army-losses-lower-at", "A military source put the army\u2019s losses lower, at 26 dead and 19 wounded, and said the figures were propaganda.", "19 wounded", I, 19, 19, 19, EXACT, SOLDIERS),
  FIG ("army-losses-as", "He gave the army's losses as 11 dead and 15 injured.", "11 dead", K, 11, 11, 11, EXACT, SOLDIERS),
  FIG ("toll-for-the-security-forces", "The spokesman said the toll for the security forces was \u201cseven dead and 11 wounded\u201d.", "seven dead", K, 7, 7, 7, EXACT, SOLDIERS),
  FIG ("complete-bodies", "Forensic teams had so far exhumed 19 complete bodies from 11 pits on the ranch.", "19 complete bodies", K, 19, 19, 19, EXACT, PEOPLE),
  FIG ("unidentified-bodies", "The forum said it had counted 38 unidentified bodies in three provinces.", "38 unidentified bodies", K, 38, 38, 38, EXACT, PEOPLE),
  FIG ("families-in-two-villages-fled", "The group said 11 families in two hill villages had fled after the gunfight.", "11 families in two hill villages had fled", X, 11, 11, 11, EXACT, PEOPLE),
  QUIET_ ("unable-to-leave-their-homes", "At least 60 families in two neighbouring villages were unable to leave their homes.", "60 families"),
  QUIET_ ("lost-aircraft", "The air force said it had lost two helicopters and three drones since the offensive began.", "two"),
  FIG ("unit-named-rifles", "Two Assam Rifles personnel were injured in the ambush, officials said.", "Two Assam Rifles personnel were injured", I, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("aside-after-named-place", "Around 140 residents of lower Gali, most of them families with children, have crossed to Georgian-controlled territory since the shooting.", "Around 140 residents", X, 140, N, N, APPROX, CIVILIANS),
  QUIET_ ("comma-after-named-place-then-no-outcome", "About 300 residents of Upper Gali, a district of farms, have voted in the local election.", "300"),
  FIG ("have-since-left", "The city had a population of about 105,000 before the invasion; tens of thousands of residents have since left, according to local officials.", "tens of thousands of residents have since left", X, N, 10000, N, VAGUE, CIVILIANS),
  QUIET_ ("aid-workers-have-left", "The 30 aid workers have left, the agency said.", "30"),
  FIG ("people-then-things", "The Assam Rifles said it had detained six men carrying weapons among the new arrivals.", "detained six men", D, 6, 6, 6, EXACT, MEN),
  QUIET_ ("uprooted-trees", "Settlers had burned seven homes and 12 vehicles and uprooted around 300 olive trees.", "300"),
  FIG ("sheltering-at-relief-camps", "About 2,400 local people have been temporarily sheltering at 12 relief camps, the statement added.", "About 2,400 local people have been temporarily sheltering at 12 relief camps", X, 2400, N, N, APPROX, PEOPLE),
  FIG ("sought-protection", "The UN mission said around 1,200 civilians had sought protection beside its base at Mikenge.", "around 1,200 civilians had sought protection", X, 1200, N, N, APPROX, CIVILIANS),
  QUIET_ ("seized-things", "Troops seized 40 rifles and 2,000 rounds of ammunition, the army said.", "40 rifles"),
  FIG ("fled", "Some 4,000 people fled across the river.", "Some 4,000 people fled", X, 4000, N, N, APPROX, PEOPLE),
  FIG ("forced-from-homes", "The floods have forced 15,000 people from their homes.", "15,000 people", X, 15000, 15000, 15000, EXACT, PEOPLE),
  FIG ("group-fighters", "The army said it killed 35 militants.", "killed 35 militants", K, 35, 35, 35, EXACT, FIGHTERS),
  FIG ("group-police", "Three police officers were killed at the checkpoint.", "Three police officers were killed", K, 3, 3, 3, EXACT, SOLDIERS),
  FIG ("others", "The strike killed six people and injured 20 others.", "injured 20 others", I, 20, 20, 20, EXACT, PEOPLE),
  FIG ("taken-into-custody", "Four managers had been taken into custody, police said.", "Four managers had been taken into custody", D, 4, 4, 4, EXACT, OTHER),
  FIG ("rounded-up", "Troops rounded up 27 suspects in the raids.", "rounded up 27 suspects", D, 27, 27, 27, EXACT, PEOPLE),
  FIG ("among-those-seized", "He said his two brothers were among those seized.", "two brothers were among those seized", D, 2, 2, 2, EXACT, MEN),
  FIG ("neutralised", "Police said officers neutralised five bandits in the forest.", "neutralised five bandits", K, 5, 5, 5, EXACT, FIGHTERS),
  FIG ("supreme-price", "Two police officers paid the supreme price in the attack.", "Two police officers paid the supreme price", K, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("forced-to-leave", "Some 9,000 residents have been forced to leave their homes.", "Some 9,000 residents have been forced to leave their homes", X, 9000, N, N, APPROX, CIVILIANS),
  FIG ("critical-condition", "Six patients remained in critical condition on Sunday.", "Six patients remained in critical condition", I, 6, 6, 6, EXACT, PEOPLE),
  FIG ("group-shoppers", "The gunman killed five shoppers at the mall.", "killed five shoppers", K, 5, 5, 5, EXACT, PEOPLE),
  FIG ("group-miners", "Eleven miners were confirmed dead.", "Eleven miners were confirmed dead", K, 11, 11, 11, EXACT, OTHER),
  FIG ("elided-noun", "Four soldiers were killed and seven wounded.", "seven wounded", I, 7, 7, 7, EXACT, SOLDIERS),
  FIG ("group-inmates", "At least 31 inmates were killed in the riot.", "At least 31 inmates were killed", K, 31, 31, N, AT_LEAST, PEOPLE),
  FIG ("group-participants", "Police detained more than 1,100 participants in the march.", "detained more than 1,100 participants", D, 1100, 1100, N, AT_LEAST, PEOPLE),
  FIG ("group-singular", "Officials said one protester died in the clashes.", "one protester died", K, 1, 1, 1, EXACT, PEOPLE),
  FIG ("intensive-care", "At least three other protesters were in intensive care.", "At least three other protesters were in intensive care", I, 3, 3, N, AT_LEAST, PEOPLE),
  FIG ("on-ventilators", "Four patients were on ventilators on Monday.", "Four patients were on ventilators", I, 4, 4, 4, EXACT, PEOPLE),
  FIG ("hospitalised", "Nine officers were hospitalised after the clashes.", "Nine officers were hospitalised", I, 9, 9, 9, EXACT, SOLDIERS),
  FIG ("beaten", "Upwards of 200 protesters had been beaten in custody.", "Upwards of 200 protesters had been beaten", I, 200, 200, N, AT_LEAST, PEOPLE),
  FIG ("detentions", "Monitors counted at least 1,400 detentions by midnight.", "at least 1,400 detentions", D, 1400, 1400, N, AT_LEAST, PEOPLE),
  FIG ("abandoned-their-homes", "Around 18,000 people have abandoned their homes.", "Around 18,000 people have abandoned their homes", X, 18000, N, N, APPROX, PEOPLE),
  FIG ("lost-their-homes", "About 500 villagers lost their homes in the fire.", "About 500 villagers lost their homes", X, 500, N, N, APPROX, CIVILIANS),
  FIG ("admitted-with-burns", "Medics said 23 people had been admitted with burns.", "23 people had been admitted", I, 23, 23, 23, EXACT, PEOPLE),
  FIG ("left-homeless-split", "The quake left more than 2,000 people homeless.", "more than 2,000 people homeless", X, 2000, 2000, N, AT_LEAST, PEOPLE),
  FIG ("gunned-down", "Gunmen gunned down 11 farmers near the border.", "gunned down 11 farmers", K, 11, 11, 11, EXACT, OTHER),
  FIG ("of-one-family", "Nine members of one family were killed when their house collapsed.", "Nine members of one family were killed", K, 9, 9, 9, EXACT, PEOPLE),
  FIG ("deaths-of-one-soldier", "The deaths of one soldier and two police officers were confirmed.", "The deaths of one soldier", K, 1, 1, 1, EXACT, SOLDIERS),
  FIG ("while-coordinate", "Of the 68 dead, 41 were government troops, while 27 were jihadists.", "27 were jihadists", K, 27, 27, 27, EXACT, FIGHTERS),
  FIG ("with-another", "The army said it had lost three soldiers, with another five wounded, in the ambush.", "five wounded", I, 5, 5, 5, EXACT, SOLDIERS),
  FIG ("burned-alive", "Residents said as many as 40 villagers were burned alive.", "as many as 40 villagers were burned alive", K, 40, N, 40, AT_MOST, CIVILIANS),
  FIG ("killings", "Amnesty said it had documented at least 112 killings.", "at least 112 killings", K, 112, 112, N, AT_LEAST, PEOPLE),
  FIG ("bringing-the-total", "Strikes killed 18 people on Tuesday, bringing the total since October to 1,240.", "the total since October to 1,240", K, 1240, 1240, 1240, EXACT, PEOPLE),
  QUIET_ ("part-of-compound-count", "Around 70 families had to leave their homes. The agency reported 27 blockade points across the country on Friday, 21 of them in Cochabamba.", "21 of them"),
  QUIET_ ("a-total-of-homes", "The storm killed five people and damaged a total of 300 homes.", "300"),
  FIG ("fatally-shot", "Police fatally shot two men at the checkpoint.", "fatally shot two men", K, 2, 2, 2, EXACT, MEN),
  FIG ("displacement-of", "The fighting caused the displacement of 30,000 people.", "displacement of 30,000 people", X, 30000, 30000, 30000, EXACT, PEOPLE),
  FIG ("apprehended", "Police apprehended five suspects after the attack.", "apprehended five suspects", D, 5, 5, 5, EXACT, PEOPLE),
  FIG ("shot-dead", "Protesters said security forces shot dead at least five demonstrators.", "shot dead at least five demonstrators", K, 5, 5, N, AT_LEAST, PEOPLE),
  FIG ("stabbed-to-death", "Attackers stabbed to death three farmers.", "stabbed to death three farmers", K, 3, 3, 3, EXACT, OTHER),
  FIG ("electrocuted", "Three children were electrocuted when the cable fell.", "Three children were electrocuted", K, 3, 3, 3, EXACT, CHILDREN),
  FIG ("taken-to-hospital", "Forty people were taken to hospital after the blast.", "Forty people were taken to hospital", I, 40, 40, 40, EXACT, PEOPLE),
  FIG ("treated-for", "Twelve people were treated for smoke inhalation.", "Twelve people were treated for", I, 12, 12, 12, EXACT, PEOPLE),
  FIG ("jailed", "Fifteen protesters were jailed on Monday.", "Fifteen protesters were jailed", D, 15, 15, 15, EXACT, PEOPLE),
  FIG ("supreme-sacrifice", "Two soldiers made the supreme sacrifice in the ambush.", "Two soldiers made the supreme sacrifice", K, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("taken-captive", "At least 22 people were taken captive by the gang.", "At least 22 people were taken captive", D, 22, 22, N, AT_LEAST, PEOPLE),
  FIG ("taken-captive-before", "The attackers had taken captive eight young men.", "taken captive eight young men", D, 8, 8, 8, EXACT, MEN),
  FIG ("eliminated", "The army said troops had \"eliminated\" 21 rebels near Bambari.", "21 rebels", K, 21, 21, 21, EXACT, FIGHTERS),
  FIG ("being-held", "More than 1,500 people, many of them teenagers, were being held without charge.", "More than 1,500 people", D, 1500, 1500, N, AT_LEAST, PEOPLE),
  FIG ("buried", "\"We buried 26 people on Sunday,\" a farmer said.", "buried 26 people", K, 26, 26, 26, EXACT, PEOPLE),
  FIG ("group-sailors", "A blogger said 23 sailors had been killed when the ship sank.", "23 sailors had been killed", K, 23, 23, 23, EXACT, SOLDIERS),
  FIG ("group-families", "Nearly 1,900 families fled the border villages.", "Nearly 1,900 families fled", X, 1900, N, 1900, AT_MOST, PEOPLE),
  FIG ("buried-in-grave", "Nine villagers were buried in a mass grave.", "Nine villagers were buried", K, 9, 9, 9, EXACT, CIVILIANS),
  FIG ("annihilated", "The group said its fighters had annihilated 31 Kenyan crusader troops.", "annihilated 31 Kenyan crusader troops", K, 31, 31, 31, EXACT, SOLDIERS),
  FIG ("wiped-out", "The RSF said its forces had wiped out dozens of mercenaries there.", "wiped out dozens of mercenaries", K, N, 12, N, VAGUE, FIGHTERS),
  QUIET_ ("wiped-out-things", "The floods wiped out 30 villages in the valley.", "30"),
  FIG ("martyring", "Afghan forces opened fire on the posts, martyring four soldiers.", "martyring four soldiers", K, 4, 4, 4, EXACT, SOLDIERS),
  FIG ("khawarij", "Troops killed more than 50 Khawarij in the raid.", "killed more than 50 Khawarij", K, 50, 50, N, AT_LEAST, FIGHTERS),
  FIG ("taken-away", "He said 64 residents had been taken away by the attackers.", "64 residents had been taken away", D, 64, 64, 64, EXACT, CIVILIANS),
  FIG ("taken-in-for-questioning", "Sources said between 300 and 350 men had been taken in for questioning.", "between 300 and 350 men had been taken in for questioning", D, N, 300, 350, RANGE, MEN),
  FIG ("recaptured", "He said 146 of the escapees had been recaptured by Sunday.", "146 of the escapees had been recaptured", D, 146, 146, 146, EXACT, PEOPLE),
  QUIET_ ("recaptured-towns", "The army recaptured 12 towns last month.", "12"),
  /* round 11: "all N", burials, state media's euphemisms, headlines'
   * present tense, an object list after "my"
   */
  FIG ("all-n-after-verb", "Forces ended the siege after killing all four attackers.", "killing all four attackers", K, 4, 4, 4, EXACT, FIGHTERS),
  QUIET_ ("all-n-things", "The gunmen burned all 14 houses in the village.", "14"),
  FIG ("helped-bury", "He said he had helped bury 19 people on Sunday.", "bury 19 people", K, 19, 19, 19, EXACT, PEOPLE),
  FIG ("field-of-honour", "Twelve soldiers fell on the field of honour on Wednesday.", "Twelve soldiers fell on the field of honour", K, 12, 12, 12, EXACT, SOLDIERS),
  QUIET_ ("fell-not-death", "Twelve soldiers fell ill after the meal.", "Twelve"),
  FIG ("neutralisation-of", "Operations resulted in the neutralisation of 112 terrorists.", "neutralisation of 112 terrorists", K, 112, 112, 112, EXACT, FIGHTERS),
  FIG ("headline-abduct", "Bandits abduct 46 worshippers in Zamfara", "abduct 46 worshippers", D, 46, 46, 46, EXACT, PEOPLE),
  FIG ("object-list-my", "They killed my neighbor and his two sons.", "two sons", K, 2, 2, 2, EXACT, MEN),
  /* round 12 */
  FIG ("live-as-refugees", "Some 750,000 Sudanese live as refugees in Chad.", "Some 750,000 Sudanese live as refugees", X, 750000, DIPTYCH_NO_NUMBER, DIPTYCH_NO_NUMBER, APPROX, PEOPLE),
  FIG ("left-the-camp", "Up to 3,000 residents had left the camp by Thursday.", "Up to 3,000 residents had left the camp", X, 3000, DIPTYCH_NO_NUMBER, 3000, AT_MOST, CIVILIANS),
  QUIET_ ("taken-from-the-camp", "Twelve people were taken from the camp to hospital.", "Twelve"),
  FIG ("in-a-coma", "Almost 40 were hit by live rounds and two remained in a coma.", "two remained in a coma", I, 2, 2, 2, EXACT, PEOPLE),
  FIG ("shot-in-the-legs", "Two of my classmates were shot in the legs.", "Two of my classmates were shot in the legs", I, 2, 2, 2, EXACT, PEOPLE),
  FIG ("aside-then-verb", "A further 27 people, most of them soldiers, sustained injuries.", "27 people", I, 27, 27, 27, EXACT, PEOPLE),
  QUIET_ ("aside-noun-phrase", "The report draws on interviews with 87 people, including protesters, relatives of the dead and medics.", "87"),
  FIG ("hostages-freed", "Seven of the hostages had since been freed after their families paid.", "Seven of the hostages", D, 7, 7, 7, EXACT, PEOPLE),
  FIG ("not-heard-from", "Roughly 200 residents have not been heard from since Sunday.", "Roughly 200 residents have not been heard from", M, 200, N, N, APPROX, CIVILIANS),
  FIG ("not-accounted-for", "Elders said 10-12 people could not be accounted for.", "10-12 people could not be accounted for", M, N, 10, 12, RANGE, PEOPLE),
  FIG ("moved-to", "Officials said about 6,500 people had been moved to government buildings.", "about 6,500 people had been moved to", X, 6500, N, N, APPROX, PEOPLE),
  QUIET_ ("moved-trucks", "The army moved 12 trucks to the border.", "12"),
  QUIET_ ("trucks-moved-to", "About 40 trucks were moved to the border.", "40"),
  FIG ("left-border-villages", "Officials said nearly 1,900 families had left border villages for camps.", "nearly 1,900 families had left border villages", X, 1900, N, 1900, AT_MOST, PEOPLE),
  FIG ("left-their-villages", "Some 42,000 residents of the region have left their villages since January.", "Some 42,000 residents of the region have left their villages", X, 42000, N, N, APPROX, CIVILIANS),
  FIG ("left-for-villages", "Hundreds of families from the streets around the port had left for villages inland.", "Hundreds of families", X, N, 100, N, VAGUE, PEOPLE),
  QUIET_ ("left-the-base", "About 40 soldiers had left the base by noon.", "40"),
  QUIET_ ("left-homes-damaged", "The storm left 30 homes damaged.", "30"),
  FIG ("taken-to-the-hospital", "He said 41 people, 17 of them children, had been taken to the provincial hospital with shrapnel wounds.", "41 people", I, 41, 41, 41, EXACT, PEOPLE),
  PART_ ("taken-to-the-hospital-part", "He said 41 people, 17 of them children, had been taken to the provincial hospital with shrapnel wounds.", "17 of them children", "41 people"),
  QUIET_ ("taken-to-the-border", "Some 30 pilgrims were taken to the border crossing by bus.", "30"),
  FIG ("dash-aside-outer", "OCHA said about 3,400 families \u2013 roughly 17,000 people \u2013 had sought refuge with relatives.", "about 3,400 families", X, 3400, N, N, APPROX, PEOPLE),
  FIG ("dash-aside-inner", "OCHA said about 3,400 families \u2013 roughly 17,000 people \u2013 had sought refuge with relatives.", "roughly 17,000 people", X, 17000, N, N, APPROX, PEOPLE),
  FIG ("dash-aside-among", "He said 19 people \u2013 seven guards and a nurse among them \u2013 were wounded.", "19 people", I, 19, 19, 19, EXACT, PEOPLE),
  PART_ ("dash-aside-among-part", "He said 19 people \u2013 seven guards and a nurse among them \u2013 were wounded.", "seven guards", "19 people"),
  QUIET_ ("dash-not-aside", "Police questioned 30 residents \u2013 the rest had fled.", "30"),
  /* A line break ends the sentence: the next line's outcome is not the number's */
  QUIET_ ("outcome-next-line", "The ministry reported fewer than 30\ndead. It did not say more.", "30"),
  QUIET_ ("buried-under-rubble", "Rescuers said 20 people were buried under the rubble.", "20"),
  FIG ("apostates", "The group said its fighter had slain more than 100 Shiite apostates.", "slain more than 100 Shiite apostates", K, 100, 100, N, AT_LEAST, PEOPLE),
  FIG ("adjective-unknown-noun", "Seven young farmers were killed in the raid.", "Seven young farmers were killed", K, 7, 7, 7, EXACT, OTHER),
  QUIET_ ("captured-things", "Troops captured 12 armoured vehicles near the border.", "12"),
  QUIET_ ("lost-things", "The army lost 12 vehicles in the battle.", "12"),
  FIG ("lost-their-lives-unknown-noun", "Seven farmers lost their lives in the raid.", "Seven farmers lost their lives", K, 7, 7, 7, EXACT, OTHER),
  FIG ("reported-killed", "Twelve people were reported killed in the clashes.", "Twelve people were reported killed", K, 12, 12, 12, EXACT, PEOPLE),
  QUIET_ ("clause-after-said", "Two officials said the wounded had been flown to the capital.", "Two"),
  QUIET_ ("clause-after-and-that", "Rescuers had reached 74 affected villages and that the death toll would rise.", "74"),
  FIG ("members-of-forces", "Three members of the security forces were killed.", "Three members of the security forces were killed", K, 3, 3, 3, EXACT, SOLDIERS),
  FIG ("employees-of-forces", "Thirty-nine employees of the internal affairs bodies received injuries.", "Thirty-nine employees", I, 39, 39, 39, EXACT, SOLDIERS),
  FIG ("members-of-family", "Five members of the family were killed.", "Five members of the family were killed", K, 5, 5, 5, EXACT, PEOPLE),
  FIG ("staff-of-army-hospital", "Two staff of the army hospital were hurt.", "Two staff", I, 2, 2, 2, EXACT, OTHER),
  FIG ("martyred", "Seven civilians were martyred in the shelling of the town.", "Seven civilians were martyred", K, 7, 7, 7, EXACT, CIVILIANS),
  FIG ("number-of-martyrs", "Two of them died in the evening, raising the number of martyrs to nine.", "the number of martyrs to nine", K, 9, 9, 9, EXACT, PEOPLE),
  QUIET_ ("martyrs-square", "Thousands of people gathered in Martyrs Square on Friday.", "Thousands"),
  FIG ("massacre-of", "The court convicted three officers of the massacre of 176 villagers.", "massacre of 176 villagers", K, 176, 176, 176, EXACT, CIVILIANS),
  FIG ("remains-of", "The remains of at least 22 others have yet to be identified.", "remains of at least 22 others", K, 22, 22, N, AT_LEAST, PEOPLE),
  FIG ("sought-shelter", "Dozens of families sought shelter in the schools of the town.", "Dozens of families sought shelter", X, N, 12, N, VAGUE, PEOPLE),
  FIG ("driver", "Two drivers were killed when the convoy was hit.", "Two drivers were killed", K, 2, 2, 2, EXACT, OTHER),
  FIG ("aside-then-was", "One of our drivers, a 34-year-old father of three, was killed near Woldia.", "One of our drivers", K, 1, 1, 1, EXACT, OTHER),
  FIG ("aside-then-outcome", "Some 30 people, all of them combatants, died in the fighting.", "Some 30 people", K, 30, N, N, APPROX, PEOPLE),
  FIG ("ethnic-name", "Roughly 29,000 Ixil fled to the mountains.", "Roughly 29,000 Ixil fled", X, 29000, N, N, APPROX, PEOPLE),
  QUIET_ ("ethnic-name-no-outcome", "Roughly 29,000 Ixil live in the region.", "29,000"),
  FIG ("possessive-before-number", "Gunmen killed his three sons in front of the house.", "killed his three sons", K, 3, 3, 3, EXACT, MEN),
  FIG ("partitive-my", "My husband, my father and two of my brothers lost their lives.", "two of my brothers lost their lives", K, 2, 2, 2, EXACT, MEN),
  FIG ("scores-of-other", "His two sons were rounded up with scores of other men.", "scores of other men", D, N, 20, N, VAGUE, MEN),
  FIG ("along-with", "Three soldiers were killed along with 12 civilians.", "12 civilians", K, 12, 12, 12, EXACT, CIVILIANS),
  QUIET_ ("with-things", "Gunmen killed 12 people with two car bombs.", "two"),
  FIG ("verb-after-number", "Two civilians were killed and five more sustained wounds of varying severity.", "five more sustained wounds", I, 5, 5, 5, EXACT, CIVILIANS),
  QUIET_ ("verb-after-number-no-outcome", "Gunmen killed 12 people and 5 escaped.", "5"),
  FIG ("pair-then-verb", "Forty soldiers and 12 civilians were killed.", "Forty soldiers", K, 40, 40, 40, EXACT, SOLDIERS),
  FIG ("pair-then-among", "The attack killed 19 people. He said 14 civilians and five members of the security forces were among the dead.", "14 civilians", K, 14, 14, 14, EXACT, CIVILIANS),
  PART_ ("pair-then-among-part", "The attack killed 19 people. He said 14 civilians and five members of the security forces were among the dead.", "14 civilians", "killed 19 people"),
  QUIET_ ("pair-no-noun", "The attack involved 20 gunmen and 12 were killed.", "20"),
  FIG ("background-no-group", "Two brothers lost their lives in the raid. The war has cost upward of 20,000 lives.", "upward of 20,000 lives", K, 20000, 20000, N, AT_LEAST, PEOPLE),
  FIG ("range-thousands", "Between 3,000-4,000 people fled across the river.", "3,000-4,000 people", X, N, 3000, 4000, RANGE, PEOPLE),
  FIG ("range-thousands-whole", "Police detained 1,000-1,200 protesters.", "1,000-1,200 protesters", D, N, 1000, 1200, RANGE, PEOPLE),
  FIG ("list-after-unnumbered-object", "Guerrillas stormed the town, killing its mayor, four police officers and at least six civilians.", "four police officers", K, 4, 4, 4, EXACT, SOLDIERS),
  FIG ("list-after-unnumbered-object-last", "Guerrillas stormed the town, killing its mayor, four police officers and at least six civilians.", "at least six civilians", K, 6, 6, N, AT_LEAST, CIVILIANS),
  FIG ("toll-after-list-of-groups", "Guerrillas killed four police officers and at least six civilians. The death toll had risen to 13 by Monday.", "The death toll had risen to 13", K, 13, 13, 13, EXACT, PEOPLE),
  FIG ("toll-after-soldiers", "Guerrillas killed four police officers on Sunday. The death toll had risen to 6 by Monday.", "The death toll had risen to 6", K, 6, 6, 6, EXACT, SOLDIERS),
  FIG ("toll-up-from-reported", "The death toll had reached 21 by the afternoon, up from 12 reported on the evening of the attack.", "12", K, 12, 12, 12, EXACT, PEOPLE),
  FIG ("toll-number-of-dead-is", "Officially, the number of dead in Chungui is 246.", "the number of dead in Chungui is 246", K, 246, 246, 246, EXACT, PEOPLE),
  QUIET_ ("number-of-attackers-was", "The number of attackers was 30, police said.", "30"),
  FIG ("toll-number-verb", "A source close to the agency put the number killed at 31.", "the number killed at 31", K, 31, 31, 31, EXACT, PEOPLE),
  FIG ("toll-number-of-victims", "Prosecutors had put the number of victims at 256.", "the number of victims at 256", K, 256, 256, 256, EXACT, PEOPLE),
  FIG ("toll-reached", "Medical sources said the tally had reached 54 by nightfall.", "the tally had reached 54", K, 54, 54, 54, EXACT, PEOPLE),
  FIG ("toll-topped", "The death toll topped 100 on Sunday.", "100", K, 100, 100, 100, EXACT, PEOPLE),
  QUIET_ ("reached-no-toll", "The convoy reached 54 villages on Sunday.", "54"),
  FIG ("toll-number-of-adverb", "The number of internally displaced persons now stands at 1.2 million.", "1.2 million", X, 1200000, 1200000, 1200000, EXACT, PEOPLE),
  QUIET_ ("toll-number-of-things", "He put the number of vehicles at 40.", "40"),
  FIG ("victims-after-figure", "Soldiers massacred 176 villagers. A rights group has compiled the names of 47 victims.", "47 victims", K, 47, 47, 47, EXACT, PEOPLE),
  FIG ("victims-not-detained", "Gunmen killed 30 villagers and police arrested 12 men. Relatives of the 30 victims gathered at the morgue.", "30 victims", K, 30, 30, 30, EXACT, PEOPLE),
  QUIET_ ("victims-first", "The charity named 30 victims of the heatwave.", "30"),
  FIG ("found-dead", "Twelve people found dead in the river were identified.", "Twelve people found dead", K, 12, 12, 12, EXACT, PEOPLE),
  /* breakdowns */
  FIG ("including", "The bombing killed 30 people, including eight children.", "eight children", K, 8, 8, 8, EXACT, CHILDREN),
  PART_ ("including-part", "The bombing killed 30 people, including eight children.", "eight children", "killed 30 people"),
  PART_ ("including-and", "Raids killed 50 people, including nine children and four women.", "four women", "killed 50 people"),
  PART_ ("of-the-wounded", "About 70 people were wounded. Ten of the wounded were in a critical condition.", "Ten of the wounded", "About 70 people were wounded"),
  PART_ ("of-the-group-taken", "Gunmen abducted 47 children from the school. Of the children taken, 29 were boys and 18 were girls.", "Of the children taken, 29 were boys", "abducted 47 children"),
  PART_ ("of-the-group-killed", "Shelling killed 30 people. Of the civilians killed, nine were women.", "Of the civilians killed, nine were women", "killed 30 people"),
  PART_ ("including-those-of", "The doctor said staff had received 41 bodies by the evening, including those of 11 children.", "11 children", "41 bodies"),
  FIG ("toll-before-em-dash-aside", "The Observatory put the toll at 11 \u2014 seven civilians and four local fighters who had opened fire.", "the toll at 11", K, 11, 11, 11, EXACT, PEOPLE),
  PART_ ("breakdown-after-em-dash", "The Observatory put the toll at 11 \u2014 seven civilians and four local fighters who had opened fire.", "seven civilians", "the toll at 11"),
  FIG ("spaced-en-dash-range", "Some 10 \u2013 15 people were killed.", "Some 10 \u2013 15 people were killed", K, N, 10, 15, RANGE, PEOPLE),
  PART_ ("breakdown-of-own-outcome", "According to the hospital, 27 people have been killed and 64 injured, including 6 civilians killed \u2013 among them 2 children \u2013 and 19 civilians injured.", "6 civilians killed", "27 people have been killed"),
  PART_ ("dash-aside-of-a-part", "According to the hospital, 27 people have been killed and 64 injured, including 6 civilians killed \u2013 among them 2 children \u2013 and 19 civilians injured.", "2 children", "6 civilians killed"),
  PART_ ("coordinate-of-own-outcome", "According to the hospital, 27 people have been killed and 64 injured, including 6 civilians killed \u2013 among them 2 children \u2013 and 19 civilians injured.", "19 civilians injured", "64 injured"),
  FIG ("first-of-longer-list", "Data show that 23 civilians, 9 soldiers and 4 police officers were killed this year.", "23 civilians", K, 23, 23, 23, EXACT, CIVILIANS),
  FIG ("first-of-pair-qualified-second", "Three soldiers and at least eight rebels were killed in a gunfight.", "Three soldiers", K, 3, 3, 3, EXACT, SOLDIERS),
  FIG ("first-of-pair-long-second", "Three soldiers and at least eight members of an ethnic armed group were killed in a gunfight, the military said.", "Three soldiers", K, 3, 3, 3, EXACT, SOLDIERS),
  FIG ("sought-safety", "More than 27,000 people have sought safety in neighbouring counties.", "More than 27,000 people have sought safety", X, 27000, 27000, N, AT_LEAST, PEOPLE),
  FIG ("among-the-dead-past-participle", "Among the dead identified by the organisation were 12 children and four women, the youngest a baby.", "12 children", K, 12, 12, 12, EXACT, CHILDREN),
  QUIET_ ("among-the-dead-age", "Among the dead were two children and a fish vendor who was 70, he said.", "70"),
  FIG ("wounded-elsewhere", "Russian bombs had killed four more people and wounded at least 17 elsewhere in the region.", "wounded at least 17", I, 17, 17, N, AT_LEAST, PEOPLE),
  FIG ("picked-up-before", "Residents said security forces had picked up 12 to 15 young men from the village.", "picked up 12 to 15 young men", D, N, 12, 15, RANGE, MEN),
  FIG ("picked-up-by-police", "At least 40 villagers had been picked up by the police.", "At least 40 villagers had been picked up", D, 40, 40, N, AT_LEAST, CIVILIANS),
  FIG ("picked-up-by-security-agencies", "Relatives said at least 47 men had been picked up by security agencies from Chagai.", "at least 47 men had been picked up", D, 47, 47, N, AT_LEAST, MEN),
  FIG ("picked-up-by-authorities", "Some 30 students were picked up by the authorities overnight.", "Some 30 students were picked up", D, 30, N, N, APPROX, PEOPLE),
  QUIET_ ("picked-up-by-boats", "By evening 112 people had swum ashore or been picked up by fishing boats.", "112"),
  FIG ("second-aside-participle", "During the exchange of fire, four brave sons of soil, including a young officer, having fought gallantly, embraced shahadat.", "four brave sons of soil", K, 4, 4, 4, EXACT, SOLDIERS),
  QUIET_ ("seized-military-vehicles", "Its fighters had killed 47 soldiers and seized two military vehicles.", "two military"),
  FIG ("police-reservists", "Four police reservists were killed in the ambush, officials said.", "Four police reservists were killed", K, 4, 4, 4, EXACT, SOLDIERS),
  QUIET_ ("camp-for-internally-displaced", "Gunmen set fire to an estimated 600 shelters in the town's camp for internally displaced persons.", "600"),
  FIG ("moved-towards", "Of these, 7,900 people have arrived in Konduga, while approximately 2,100 moved towards Banki.", "approximately 2,100 moved towards", X, 2100, N, N, APPROX, PEOPLE),
  FIG ("hiding-in-the-bush", "An estimated 11,400 people have fled; thousands more are reported to be hiding in the bush.", "thousands more are reported to be hiding in the bush", X, N, 1000, N, VAGUE, PEOPLE),
  FIG ("neutralise-base-form", "The operation made it possible to neutralise 41 assailants and apprehend 8 others.", "neutralise 41 assailants", K, 41, 41, 41, EXACT, FIGHTERS),
  FIG ("apprehend-base-form", "The operation made it possible to neutralise 41 assailants and apprehend 8 others.", "apprehend 8 others", D, 8, 8, 8, EXACT, FIGHTERS),
  QUIET_ ("plans-to-neutralise", "The army plans to neutralise 40 fighters before the rains.", "40"),
  FIG ("held-in-place", "\u201cThe nine men held in Mamfe should be released or charged,\u201d she said.", "nine men held in", D, 9, 9, 9, EXACT, MEN),
  FIG ("list-after-long-first-item", "\"Among the dead are a member of the state assembly and two traditional elders,\" Hirsi said.", "two traditional elders", K, 2, 2, 2, EXACT, PEOPLE),
  QUIET_ ("took-the-wounded", "Two ambulances took the wounded to hospital in Goma.", "Two"),
  QUIET_ ("flown-the-most-seriously-wounded", "The army said two of its helicopters had flown the most seriously wounded to the capital.", "two"),
  FIG ("two-of-the-dead", "Two of the dead were children, the hospital said.", "Two of the dead were children", K, 2, 2, 2, EXACT, CHILDREN),
  QUIET_ ("witnesses-to-the-killings", "The group interviewed 31 people, including 19 witnesses to the killings and relatives of victims.", "19"),
  FIG ("still-looking-for", "We are still looking for 15 to 20 people who were on the boat.", "looking for 15 to 20 people", M, DIPTYCH_NO_NUMBER, 15, 20, RANGE, PEOPLE),
  QUIET_ ("police-looking-for", "Police were looking for 15-20 people identified from video footage.", "15-20"),
  QUIET_ ("families-looking-for", "Hundreds of families in the area were still looking for a relative.", "Hundreds"),
  QUIET_ ("looking-for-others-after-arrest", "Police arrested a 19-year-old suspect and are still looking for at least three others.", "three"),
  PART_ ("bullet-count-line-part", "DISPLACEMENT\n\nIOM had identified 8,712 displaced people, of whom 61 per cent are women and children:\n\n\u2022 4,310 people in host families in Marmelade;\n\n\u2022 2,950 people in 2 sites in Gona\u00efves.\n", "2,950 people", "8,712 displaced people"),
  FIG ("state-force-initials", "Three members of the FARDC were killed in the ambush.", "Three members of the FARDC were killed", K, 3, 3, 3, EXACT, SOLDIERS),
  FIG ("community-leaders", "Gunmen killed three community leaders in the village.", "killed three community leaders", K, 3, 3, 3, EXACT, CIVILIANS),
  FIG ("left-on-their-own", "Partners estimate that a further 400\u2013500 people have left on their own.", "400\u2013500 people have left", X, DIPTYCH_NO_NUMBER, 400, 500, RANGE, PEOPLE),
  FIG ("left-and", "By Tuesday almost 40 families had left and the remaining 20 were packing.", "almost 40 families had left", X, 40, N, 40, AT_MOST, PEOPLE),
  FIG ("vdp-volunteers", "Seven of the dead were VDP volunteers.", "Seven of the dead were VDP volunteers", K, 7, 7, 7, EXACT, SOLDIERS),
  FIG ("rescued-kidnap-victims", "Troops arrested 280 suspects and rescued 315 kidnap victims across the north-west.", "315 kidnap victims", D, 315, 315, 315, EXACT, PEOPLE),
  FIG ("rescued-kidnapped-victims", "Troops neutralised 23 bandits and rescued 41 kidnapped victims in Rabah.", "41 kidnapped victims", D, 41, 41, 41, EXACT, PEOPLE),
  FIG ("of-her-classmates", "She said three of her classmates were killed in the attack.", "three of her classmates were killed", K, 3, 3, 3, EXACT, PEOPLE),
  FIG ("taken-by-gunmen", "Okoro said as many as 40 people had been taken by the gunmen, most of them women.", "as many as 40 people had been taken by the gunmen", D, 40, N, 40, AT_MOST, PEOPLE),
  QUIET_ ("taken-by-ambulance", "The 12 were taken by ambulance to Kaduna after the crash.", "12"),
  FIG ("took-away", "The gunmen took away two passengers, the driver said.", "took away two passengers", D, 2, 2, 2, EXACT, PEOPLE),
  FIG ("sent-to-hell-past-of", "Troops sent 11 terrorists of \u201cFitna al Hindustan\u201d to hell.", "sent 11 terrorists of \u201cFitna al Hindustan\u201d to hell", K, 11, 11, 11, EXACT, FIGHTERS),
  QUIET_ ("breakdown-of-things", "Four terrorists were apprehended and a large cache of arms, including 12 Kalashnikovs, was recovered.", "12"),
  FIG ("evacuated-part-of-injured", "According to the health district, 32 people were injured, 14 of whom were evacuated to Gao.", "14 of whom were evacuated", I, 14, 14, 14, EXACT, PEOPLE),
  FIG ("included-the-person-and-list", "He said the dead included the mosque's elderly imam and three boys who had come to pray.", "three boys", K, 3, 3, 3, EXACT, CHILDREN),
  FIG ("the-other-two-were", "Eight of the dead were deminers and the other two were policemen guarding the site, he said.", "two were policemen", K, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("and-that-coordinate", "The committee claimed that only four of those killed were its members and that the other five were villagers from Kutul.", "five were villagers", K, 5, 5, 5, EXACT, CIVILIANS),
  FIG ("along-with-other-operatives", "The army said it had killed a commander along with three other operatives.", "three other operatives", K, 3, 3, 3, EXACT, FIGHTERS),
  FIG ("still-held-at", "Relatives said at least 30 men are still held at the gendarmerie headquarters.", "at least 30 men are still held", D, 30, 30, N, AT_LEAST, MEN),
  FIG ("hit-in-the-leg", "The Red Crescent said one of its paramedics had been hit in the leg by a rubber-coated bullet.", "one of its paramedics had been hit in the leg", I, 1, 1, 1, EXACT, OTHER),
  FIG ("loss-of", "The army announced the loss of four soldiers in the ambush.", "loss of four soldiers", K, 4, 4, 4, EXACT, SOLDIERS),
  FIG ("gave-up-the-ghost", "\u201cFour others gave up the ghost on the way to hospital,\u201d he said.", "Four others gave up the ghost", K, 4, 4, 4, EXACT, PEOPLE),
  FIG ("detainees-noun", "KRO has documented the names of 212 detainees, including 31 children.", "212 detainees", D, 212, 212, 212, EXACT, PEOPLE),
  FIG ("detainees-verb-says-more", "Twelve detainees died in custody, the group said.", "Twelve detainees died", K, 12, 12, 12, EXACT, PEOPLE),
  QUIET_ ("detainees-to-escape", "The strike hit a detention center, allowing about 350 detainees to escape.", "350"),
  FIG ("aged-range-before-verb", "He said six or seven boys aged between 12 and 16 had been abducted.", "six or seven boys aged between 12 and 16 had been abducted", D, N, 6, 7, RANGE, CHILDREN),
  FIG ("number-of-the-dead", "The police spokesman put the number of the dead at 17.", "the number of the dead at 17", K, 17, 17, 17, EXACT, PEOPLE),
  FIG ("from-long-place-to-verb", "Several civilians from a fishing village next to the base were among the dead, the source said.", "Several civilians from a fishing village next to the base were among the dead", K, N, 3, N, VAGUE, CIVILIANS),
  FIG ("list-opening-with-a-person", "Among those killed were a village head, his two wives and four children, a community leader said.", "his two wives", K, 2, 2, 2, EXACT, WOMEN),
  FIG ("list-opening-with-a-person-last", "Among those killed were a village head, his two wives and four children, a community leader said.", "four children", K, 4, 4, 4, EXACT, CHILDREN),
  FIG ("list-of-persons-then-kin", "Residents said the dead included a pastor, his wife and their three children.", "their three children", K, 3, 3, 3, EXACT, CHILDREN),
  FIG ("from-name-and-places", "Residents said nearly 3,000 people from Thit Seint Gyi and four neighboring villages had fled into the forest.", "nearly 3,000 people from Thit Seint Gyi and four neighboring villages had fled", X, 3000, N, 3000, AT_MOST, PEOPLE),
  FIG ("fell-with-weapons", "\u201cFourteen soldiers fell with their weapons in hand,\u201d the communiqu\u00e9 said.", "Fourteen soldiers fell with their weapons in hand", K, 14, 14, 14, EXACT, SOLDIERS),
  FIG ("present-detain", "She watched soldiers go from house to house and detain a number of young men.", "detain a number of young men", D, N, 2, N, VAGUE, MEN),
  FIG ("threatened-to-kill", "The gunmen threatened to kill 12 hostages unless a ransom was paid.", "12 hostages", D, 12, 12, 12, EXACT, PEOPLE),
  FIG ("coordinate-past-youngest-aside", "Among the wounded are 19 children, the youngest only 18 months old, and 11 women.", "11 women", I, 11, 11, 11, EXACT, WOMEN),
  FIG ("sleeping-on-floor-of-school", "\u201cWe have 60 families sleeping on the floor of the school,\u201d said a community leader.", "60 families sleeping on the floor of the school", X, 60, 60, 60, EXACT, PEOPLE),
  FIG ("have-crossed", "Since 1 March, more than 27,000 people have crossed, an average of nearly 1,300 a day.", "more than 27,000 people have crossed", X, 27000, 27000, N, AT_LEAST, PEOPLE),
  QUIET_ ("soldiers-crossed", "About 300 soldiers crossed the river at dawn.", "300"),
  QUIET_ ("estimated-raiders-crossed", "The raiders, estimated at more than 100 and believed to have crossed from Kenya, drove away 600 head of cattle.", "100"),
  QUIET_ ("places-hosting-displaced", "UNICEF trucked water to the 14 schools hosting displaced families.", "14"),
  FIG ("holds-fighters", "The camp holds some 9,000 suspected IS fighters.", "holds some 9,000 suspected IS fighters", D, 9000, N, N, APPROX, FIGHTERS),
  QUIET_ ("held-positions", "The army held 12 positions along the river.", "12"),
  FIG ("armed-adjective-fighters", "Three armed village volunteers were killed in a gunfight, police said.", "Three armed village volunteers were killed", K, 3, 3, 3, EXACT, FIGHTERS),
  FIG ("one-officer", "\u201cOur men neutralised four of them, while one officer sustained gunshot injuries,\u201d he said.", "one officer sustained gunshot injuries", I, 1, 1, 1, EXACT, SOLDIERS),
  FIG ("in-laws", "A resident said her husband and two brothers-in-law were among those killed.", "two brothers-in-law were among those killed", K, 2, 2, 2, EXACT, MEN),
  FIG ("one-bandit", "Police said one bandit was killed in the exchange of fire.", "one bandit was killed", K, 1, 1, 1, EXACT, FIGHTERS),
  FIG ("one-pupil", "One pupil was wounded by shrapnel, the headmaster said.", "One pupil was wounded", I, 1, 1, 1, EXACT, CHILDREN),
  FIG ("injury-of", "The Cell announced the martyrdom of three army soldiers and the injury of four others in an attack.", "injury of four others", I, 4, 4, 4, EXACT, SOLDIERS),
  QUIET_ ("hideouts-and-seizing", "Operations had resulted in destroying 97 hideouts and seizing large quantities of explosives.", "97"),
  FIG ("counted-coffins", "A resident said he had counted 23 coffins at a mass funeral.", "23 coffins", K, 23, 23, 23, EXACT, PEOPLE),
  FIG ("neighbours-civilians", "\u201cThree of my neighbours died,\u201d a resident said.", "Three of my neighbours died", K, 3, 3, 3, EXACT, CIVILIANS),
  QUIET_ ("far-repeat-by-other-noun", "Two other civilians were wounded. The talks resumed on Monday. The talks resumed on Monday. The talks resumed on Monday. The talks resumed on Monday. The talks resumed on Monday. The talks resumed on Monday. The talks resumed on Monday. The two neighbours have fought two wars since the 1990s.", "The two neighbours"),
  FIG ("near-repeat-by-other-noun", "Five FC personnel were killed in the blast. The hospital had also received the bodies of the five soldiers, an official said.", "the five soldiers", K, 5, 5, 5, EXACT, SOLDIERS),
  FIG ("whole-with-civilian-part-not-armed", "Four soldiers were wounded in the attack. A doctor said the hospital had received 17 wounded, among them three civilians.", "17 wounded", I, 17, 17, 17, EXACT, PEOPLE),
  FIG ("killings-of-civilians", "The commission has documented more than 200 killings of civilians since January.", "more than 200 killings of civilians", K, 200, 200, N, AT_LEAST, CIVILIANS),
  FIG ("park-rangers-other", "Gunmen killed nine park rangers near the border, the foundation said.", "killed nine park rangers", K, 9, 9, 9, EXACT, OTHER),
  FIG ("its-members-killed-fighters", "The Jebel Brigade, in a statement, said only three of its members had been killed.", "three of its members had been killed", K, 3, 3, 3, EXACT, FIGHTERS),
  FIG ("their-members-killed-fighters", "The gang said police had killed \u201cmore than 20\u201d of their members.", "killed \u201cmore than 20\u201d of their members", K, 20, 20, N, AT_LEAST, FIGHTERS),
  FIG ("cops-soldiers", "Police said 3 cops martyred in the attack on the checkpoint.", "3 cops martyred", K, 3, 3, 3, EXACT, SOLDIERS),
  FIG ("its-members-missing-people", "The federation also said that between eight and 10 of its members had been missing since the police operation.", "between eight and 10 of its members had been missing", M, N, 8, 10, RANGE, PEOPLE),
  FIG ("quoted-name-before-noun", "Troops killed 19 \"Wazalendo\" militiamen near the town.", "killed 19 \"Wazalendo\" militiamen", K, 19, 19, 19, EXACT, FIGHTERS),
  FIG ("quoted-vague-amount-of-the", "The army said it had killed \"a number of\" the attackers.", "killed \"a number of\" the attackers", K, N, 2, N, VAGUE, FIGHTERS),
  FIG ("vdp-soldiers", "\u201cThe toll is heavy: 31 civilians and nine VDP were killed,\u201d a security source said.", "31 civilians", K, 31, 31, 31, EXACT, CIVILIANS),
  FIG ("vdp-soldiers-second", "\u201cThe toll is heavy: 31 civilians and nine VDP were killed,\u201d a security source said.", "nine VDP were killed", K, 9, 9, 9, EXACT, SOLDIERS),
  FIG ("blew-themselves-up", "Three of the terrorists blew themselves up, the agency said.", "Three of the terrorists blew themselves up", K, 3, 3, 3, EXACT, FIGHTERS),
  FIG ("armed-civilians-fighters", "Police said they had killed 13 \u201carmed civilians\u201d in the clash.", "killed 13 \u201carmed civilians\u201d", K, 13, 13, 13, EXACT, FIGHTERS),
  FIG ("members-of-armed-wing", "The dead include three members of the armed wing of the United People\u2019s Democratic Front, police said.", "three members of the armed wing", K, 3, 3, 3, EXACT, FIGHTERS),
  FIG ("toll-of-people-who-had-fled", "The prefecture put the number of people who had fled at about 2,300 by Thursday evening.", "the number of people who had fled at about 2,300", X, 2300, N, N, APPROX, PEOPLE),
  FIG ("sleeping-in-sports-hall", "A further 80 families were sleeping in a sports hall in the municipal seat.", "80 families were sleeping in a sports hall", X, 80, 80, 80, EXACT, PEOPLE),
  FIG ("sheltering-in-n-sites", "Some 18,000 people are sheltering in four temporary accommodation sites in Chiure Velho.", "Some 18,000 people are sheltering in four temporary accommodation sites", X, 18000, N, N, APPROX, PEOPLE),
  FIG ("khwarij", "Security forces killed 14 khwarij during an operation in the Tirah valley, the ISPR said.", "killed 14 khwarij", K, 14, 14, 14, EXACT, FIGHTERS),
  FIG ("sons-of-soil-past-aside", "However, three brave sons of soil, having fought gallantly, embraced shahadat.", "three brave sons of soil", K, 3, 3, 3, EXACT, SOLDIERS),
  FIG ("shifted-from", "Officials said as many as 4,300 families had temporarily shifted from the valley to Bara.", "as many as 4,300 families had temporarily shifted from", X, 4300, N, 4300, AT_MOST, PEOPLE),
  FIG ("shifted-to-school", "He said about 150 families from four villages had been shifted to a government school.", "about 150 families from four villages had been shifted to", X, 150, N, N, APPROX, PEOPLE),
  FIG ("shifted-to-hospital-hurt", "The 12 wounded were shifted to the district hospital.", "12 wounded", I, 12, 12, 12, EXACT, PEOPLE),
  QUIET_ ("shifted-to-hospital", "Officials said 12 injured were shifted to the district hospital.", "shifted"),
  FIG ("suspected-unknown-people", "Police said four suspected supporters of the group were arrested.", "four suspected supporters of the group were arrested", D, 4, 4, 4, EXACT, PEOPLE),
  FIG ("rioters-people", "Officials said 63 \u201crioters\u201d had been arrested.", "63 \u201crioters\u201d had been arrested", D, 63, 63, 63, EXACT, PEOPLE),
  FIG ("neutralised-them-fighters", "Troops repelled the attack and neutralised three of them, the army said.", "neutralised three of them", K, 3, 3, 3, EXACT, FIGHTERS),
  FIG ("neutralized-members-fighters", "Government troops neutralized 11 members of the Dawlah Islamiyah in a series of encounters.", "neutralized 11 members", K, 11, 11, 11, EXACT, FIGHTERS),
  FIG ("participle-them-object", "Police said officers had pursued the bandits into the Tiaty hills, killing two of them.", "killing two of them", K, 2, 2, 2, EXACT, FIGHTERS),
  FIG ("participle-them-agent", "Militants attacked a checkpoint manned by Kurdish-led fighters overnight, killing six of them, an official said.", "killing six of them", K, 6, 6, 6, EXACT, FIGHTERS),
  FIG ("members-of-armed-opposition-front", "Police killed 14 members of an armed opposition front.", "killed 14 members of an armed opposition front", K, 14, 14, 14, EXACT, FIGHTERS),
  FIG ("taliban-as-noun", "Its fighters had killed upwards of 50 Taliban.", "killed upwards of 50 Taliban", K, 50, 50, N, AT_LEAST, FIGHTERS),
  FIG ("members-of-rival-group", "His men had killed 12 members of the rival group and lost none.", "killed 12 members of the rival group", K, 12, 12, 12, EXACT, FIGHTERS),
  FIG ("members-of-outlaw-group", "Its units arrested 27 members of an outlaw group in the city.", "arrested 27 members of an outlaw group", D, 27, 27, 27, EXACT, FIGHTERS),
  FIG ("members-of-named-group", "Troops killed seven members of the Abu Sayyaf Group (ASG).", "killed seven members of the Abu Sayyaf Group", K, 7, 7, 7, EXACT, FIGHTERS),
  FIG ("members-of-government-forces", "The toll was 38, including 16 local fighters, 17 members of the government forces and five civilians.", "17 members of the government forces", K, 17, 17, 17, EXACT, SOLDIERS),
  FIG ("members-of-other-group", "Police arrested 12 members of a women's group.", "arrested 12 members", D, 12, 12, 12, EXACT, PEOPLE),
  FIG ("members-of-armed-groups", "Clashes killed 12 members of armed groups.", "killed 12 members of armed groups", K, 12, 12, 12, EXACT, FIGHTERS),
  FIG ("paramilitaries", "The army said it had killed 17 paramilitaries.", "killed 17 paramilitaries", K, 17, 17, 17, EXACT, FIGHTERS),
  PART_ ("sentence-before-names-whole", "The clinic treated 43 wounded people. Most of the wounded had gunshot wounds. Nineteen were children.", "Nineteen were children", "43 wounded people"),
  PART_ ("sentence-before-victims", "Gunmen killed at least 34 people. Most of the victims were men. At least three were children and two were teenagers, he said.", "At least three were children", "killed at least 34 people"),
  QUIET_ ("paragraph-before-names-whole", "The clinic treated 43 wounded people. Most of the wounded had gunshot wounds.\n\nNineteen were children.", "Nineteen"),
  PART_ ("of-whom-after-part", "Over 150 people were injured. Doctors treated 97 of the injured, at least 30 of whom were in critical condition.", "at least 30", "97 of the injured"),
  PART_ ("of-whom-larger-only", "Police arrested 40 people, including 12 women, 15 of whom were later charged.", "15 of whom", "arrested 40 people"),
  FIG ("repeat-of-figure", "The fighting left 73 people dead, among them 41 civilians. Of the 41 civilians, nine were women and six were children.", "the 41 civilians", K, 41, 41, 41, EXACT, CIVILIANS),
  PART_ ("repeat-of-figure-head", "The fighting left 73 people dead, among them 41 civilians. Of the 41 civilians, nine were women and six were children.", "nine were women", "the 41 civilians"),
  PART_ ("repeat-of-figure-coordinate", "The fighting left 73 people dead, among them 41 civilians. Of the 41 civilians, nine were women and six were children.", "six were children", "the 41 civilians"),
  PART_ ("that-of-the-killed", "Shelling killed 23 civilians. He said that of the 23 killed, 15 died in Dangam and eight in Sarkano.", "eight", "23 killed"),
  FIG ("that-of-the-killed-group", "Shelling killed 23 civilians. He said that of the 23 killed, 15 died in Dangam and eight in Sarkano.", "15 died", K, 15, 15, 15, EXACT, CIVILIANS),
  FIG ("besides-the-guards", "Militants killed 11 prison guards. Besides the 11 guards, whose bodies were found at their posts, six inmates died.", "the 11 guards", K, 11, 11, 11, EXACT, SOLDIERS),
  QUIET_ ("the-number-not-a-repeat", "Police deployed 11 guards at the gate. The 11 guards searched every car.", "11"),
  QUIET_ ("the-number-other-value", "Militants killed 11 guards. The 12 guards of the next shift were unhurt.", "12"),
  PART_ ("remaining-dead", "Clashes left 73 people dead, among them 41 civilians, while the remaining 32 dead were gunmen.", "32 dead were gunmen", "73 people dead"),
  FIG ("searching-for-remaining", "At least 41 people are feared to have drowned. Crews recovered the bodies of 12 victims and were still searching for the remaining 29.", "the remaining 29", M, 29, 29, 29, EXACT, PEOPLE),
  FIG ("searching-for", "Rescuers were searching for 12 fishermen after the storm.", "searching for 12 fishermen", M, 12, 12, 12, EXACT, OTHER),
  QUIET_ ("remaining-things", "Troops burned 40 homes and the remaining 12 were looted.", "12"),
  PART_ ("of-them-after-part", "The Red Cross put the number of wounded at 26 and said 17 of them had been airlifted to Nairobi, three of them in a critical condition.", "three of them", "17 of them"),
  FIG ("partitive-same-noun", "Police detained nine suspects on Tuesday. Officials said three of the suspects were Somali nationals.", "three of the suspects", D, 3, 3, 3, EXACT, PEOPLE),
  PART_ ("partitive-same-noun-part", "Police detained nine suspects on Tuesday. Officials said three of the suspects were Somali nationals.", "three of the suspects", "detained nine suspects"),
  QUIET_ ("partitive-noun-no-figure", "Police questioned nine suspects. Three of the suspects were Somali nationals.", "Three"),
  QUIET_ ("partitive-noun-larger", "Police detained two suspects on Monday. Three of the suspects were named later.", "Three"),
  PART_ ("breakdown-before-and", "Shells hit the city, wounding five people, among them a paramedic and two police officers.", "two police officers", "wounding five people"),
  QUIET_ ("breakdown-before-and-things", "Shelling killed five people and hit several areas, including the port and two schools.", "two schools"),
  FIG ("toll-among-group", "Rebels killed three peacekeepers. A radio station put the toll among civilians at 17.", "17", K, 17, 17, 17, EXACT, CIVILIANS),
  FIG ("number-of-group-killed", "The number of children killed has risen to 57.", "57", K, 57, 57, 57, EXACT, CHILDREN),
  FIG ("number-killed-to", "Two patients died in surgery, taking the number killed to 21.", "the number killed to 21", K, 21, 21, 21, EXACT, PEOPLE),
  FIG ("number-had-reached", "The ministry said the number of people killed had reached 62.", "the number of people killed had reached 62", K, 62, 62, 62, EXACT, PEOPLE),
  FIG ("number-of-adjective-group", "A report put the number of Afghan fighters killed at 38.", "the number of Afghan fighters killed at 38", K, 38, 38, 38, EXACT, FIGHTERS),
  QUIET_ ("number-of-things-reached", "The number of shelters had reached 340 by May.", "340"),
  QUIET_ ("number-of-things-at", "The report put the number of schools at 12.", "12"),
  FIG ("among-them", "Shelling killed 18 civilians, among them five children.", "five children", K, 5, 5, 5, EXACT, CHILDREN),
  FIG ("toll-at-no-noun", "The ministry put the death toll at 34 late on Friday.", "the death toll at 34", K, 34, 34, 34, EXACT, PEOPLE),
  FIG ("partitive-group", "Troops killed seven of the gunmen after a gun battle.", "seven of the gunmen", K, 7, 7, 7, EXACT, FIGHTERS),
  FIG ("partitive-later-outcome", "Nine people were wounded. Two of the wounded later succumbed in hospital.", "Two of the wounded later succumbed", K, 2, 2, 2, EXACT, PEOPLE),
  FIG ("partitive-evacuated", "Forty people were hurt. Nearly two dozen of the wounded are waiting to be evacuated.", "Nearly two dozen of the wounded", I, 24, N, 24, AT_MOST, PEOPLE),
  FIG ("long-aside", "Six men, including two police officers who had been on duty at the gate, were taken into custody.", "Six men", D, 6, 6, 6, EXACT, MEN),
  PART_ ("long-aside-part", "Six men, including two police officers who had been on duty at the gate, were taken into custody.", "two police officers", "Six men"),
  /* those who got away are no figure, unless their own words say what
   * happened to them
   */
  QUIET_ ("partitive-escaped", "Gunmen abducted 40 worshippers. Eight of the worshippers escaped on Sunday.", "Eight"),
  PART_ ("partitive-freed", "Rebels seized 30 hostages. Twelve of the hostages were freed on Monday.", "Twelve of the hostages", "seized 30 hostages"),
  FIG ("partitive-escaped-abducted", "Gunmen abducted 40 worshippers. Eight of the abducted worshippers escaped on Sunday.", "Eight of the abducted worshippers", D, 8, 8, 8, EXACT, PEOPLE),
  FIG ("partitive-freed-abducted", "Rebels seized 30 hostages. Twelve of the abducted were freed on Monday.", "Twelve of the abducted", D, 12, 12, 12, EXACT, PEOPLE),
  FIG ("rescued-abducted", "Troops rescued 11 abducted villagers, among them a pregnant woman.", "11 abducted villagers", D, 11, 11, 11, EXACT, CIVILIANS),
  FIG ("breakdown-of-count", "The floods killed 47 people. Medics recorded 1,800 cholera cases, including 29 deaths.", "29 deaths", K, 29, 29, 29, EXACT, PEOPLE),
  FIG ("claimed-the-lives", "The fire claimed the lives of 19 patients.", "the lives of 19 patients", K, 19, 19, 19, EXACT, PEOPLE),
  FIG ("claimed-lives", "Floods have claimed at least 80 lives.", "at least 80 lives", K, 80, 80, N, AT_LEAST, PEOPLE),
  FIG ("number-of-group-outcome", "The number of people killed has risen to 57.", "57", K, 57, 57, 57, EXACT, PEOPLE),
  FIG ("another", "Police killed three gunmen and arrested another 12 men.", "arrested another 12", D, 12, 12, 12, EXACT, MEN),
  FIG ("crossed-south-sudanese", "Ethiopian officials said almost 4,500 South Sudanese had crossed the border since Monday.", "almost 4,500 South Sudanese had crossed the border", X, 4500, N, 4500, AT_MOST, PEOPLE),
  FIG ("members-of-border-service", "It said three of the dead were members of the border service.", "three of the dead were members of the border service", K, 3, 3, 3, EXACT, SOLDIERS),
  FIG ("crossed-burkinabe", "UNHCR reports that some 2,300 Burkinabè have crossed into Benin since 11 November.", "some 2,300 Burkinabè have crossed into", X, 2300, N, N, APPROX, PEOPLE),
  FIG ("crossed-nigeriens", "About 400 Nigeriens have crossed into Nigeria.", "About 400 Nigeriens have crossed into", X, 400, N, N, APPROX, PEOPLE),
  FIG ("crossed-into", "Some 40,000 refugees have crossed into Chad.", "Some 40,000 refugees have crossed into", X, 40000, N, N, APPROX, PEOPLE),
  PART_ ("released-later", "Of the 40 people detained, 12 were later released.", "12", "40 people detained"),
  QUIET_ ("ratio", "About 1 in 5 of the dead were children.", "5"),
  QUIET_ ("ratio-words", "One in three of the wounded was a child.", "three"),
  FIG ("not-ratio-larger-first", "Gunmen attacked the market, wounding 30 in one attack.", "wounding 30", I, 30, 30, 30, EXACT, PEOPLE),
  FIG ("not-ratio-vague", "Gunmen attacked, killing more than 40 people and wounding dozens in one of the worst outbreaks.", "wounding dozens", I, DIPTYCH_NO_NUMBER, 12, DIPTYCH_NO_NUMBER, VAGUE, PEOPLE),
  QUIET_ ("risked-their-lives", "The men, who risked their lives to save 20 children, were honoured.", "20"),
  FIG ("toll-at-quoted-range", "He put the number of missing at \u201cbetween 60 and 70,\u201d officials said.", "between 60 and 70", M, N, 60, 70, RANGE, PEOPLE),
  FIG ("bodies-noun-after", "Nine workers of the rescue bodies received injuries.", "Nine workers", I, 9, 9, 9, EXACT, OTHER),
  FIG ("among-the-dead-were", "The quake killed 96 people. Among the dead were 29 children.", "Among the dead were 29 children", K, 29, 29, 29, EXACT, CHILDREN),
  PART_ ("among-the-dead-part", "The quake killed 96 people. Among the dead were 29 children.", "Among the dead were 29 children", "killed 96 people"),
  FIG ("those-killed-included", "Those killed included three aid workers and a driver.", "Those killed included three aid workers", K, 3, 3, 3, EXACT, OTHER),
  PART_ ("the-dead-included", "Shelling killed 40 people. The dead included 12 children, officials said.", "The dead included 12 children", "killed 40 people"),
  QUIET_ ("the-dead-were-not-subject", "Rescuers said those trapped were 12 miners.", "12"),
  FIG ("number-of-those-killed", "The ministry put the number of those killed at 43.", "the number of those killed at 43", K, 43, 43, 43, EXACT, PEOPLE),
  SRC ("name-ends-in-say", "The rebels seized the base on Tuesday, rebel commander Saw Lah Say told Reuters.", "rebel commander Saw Lah Say", DIPTYCH_SOURCE_MILITARY),
  SRC ("name-with-said", "Shopkeeper Said Abdi Yusuf told the BBC that the market was shelled.", "Shopkeeper Said Abdi Yusuf", DIPTYCH_SOURCE_WITNESS),
  SRC ("who-calls-himself", "A rebel commander who calls himself “General Fire” dismissed the claim in an audio message, saying two of his fighters had been wounded.", "A rebel commander", DIPTYCH_SOURCE_MILITARY),
  SRC ("known-as-quoted", "A rebel commander known as \"General Ayeke\" said in a video that the passengers had been seized.", "A rebel commander", DIPTYCH_SOURCE_MILITARY),
  SRC ("and-the-parish-priest", "Troops killed at least 19 people, according to residents and the parish priest.", "the parish priest", DIPTYCH_SOURCE_OTHER),
  SRC ("office-name-aside-and-said", "The governor of Limón, Alonso Meneses, appealed for calm and said church halls had taken in dozens of families.", "The governor of Limón, Alonso Meneses", DIPTYCH_SOURCE_OFFICIAL),
  NO_SRC ("site-list-parish", "Displaced people by site:\n\nSt Jude Catholic Parish: 4,300 people\n\nKondiu Primary School: 2,100 people\n", "St Jude Catholic Parish"),
  SRC ("initials-before-the-full-stop", "Twelve people were killed, according to the State Civil Protection Coordination (CEPCO).", "the State Civil Protection Coordination (CEPCO)", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("have-quoted-as-saying", "Local media have quoted a group of armed men as saying they killed 15 settlers.", "Local media", DIPTYCH_SOURCE_MEDIA),
  SRC ("have-quoted-as-saying-speaker", "Local media have quoted a group of armed men as saying they killed 15 settlers.", "a group of armed men", DIPTYCH_SOURCE_OTHER),
  SRC ("disseminated-by", "The Command rejects the versions disseminated by certain media in Lima, according to which soldiers killed 22 peasants.", "certain media in Lima", DIPTYCH_SOURCE_MEDIA),
  SRC ("circulated-on-social-networks-by", "The Minister denied the information circulated on social networks and by certain foreign media claiming that 40 civilians had been executed.", "certain foreign media", DIPTYCH_SOURCE_MEDIA),
  NO_SRC ("rumours-spread-by", "He urged people not to pay heed to rumours spread by anti-social elements that 12 people had been killed.", "anti-social elements"),
  SRC ("by-the-army-s-count", "Twelve people were killed, by the army's count.", "the army", DIPTYCH_SOURCE_MILITARY),
  NO_SRC ("the-army-s-losses", "The governor gave the army's losses as 11 dead and 15 injured.", "the army"),
  SRC ("affirmed-that", "The Minister of the Interior, Pierre Kabasele, affirmed that the situation is under control.", "The Minister of the Interior, Pierre Kabasele", DIPTYCH_SOURCE_OFFICIAL),
  NO_SRC ("affirmed-support", "The minister affirmed his support for the troops after 12 soldiers were killed.", "The minister"),
  SRC ("reiterated-that", "The Ministry of National Defense reiterated that troops will remain deployed after 12 soldiers were killed.", "The Ministry of National Defense", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("informed-at-the-end", "Twelve people were wounded in the blast, a hospital spokesman informed.", "a hospital spokesman", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("sources-indicate-that", "Local sources indicate that tribal fighters are holding up to 15 men.", "Local sources", DIPTYCH_SOURCE_ANONYMOUS),
  SRC ("claims-by-some-platforms", "He dismissed as \"false and mischievous\" claims by some online platforms that over 50 villagers were killed.", "some online platforms", DIPTYCH_SOURCE_MEDIA),
  SRC ("said-two-witnesses-who", "Several hundred people had gathered in Al-Hawban, an industrial suburb of Taiz, to demand their salaries, said two witnesses, who spoke on condition of anonymity.", "two witnesses", DIPTYCH_SOURCE_WITNESS),
  NO_SRC ("said-two-witnesses-suburb", "Several hundred people had gathered in Al-Hawban, an industrial suburb of Taiz, to demand their salaries, said two witnesses, who spoke on condition of anonymity.", "suburb"),
  SRC ("name-particle-do", "The regional daily Correio do Norte reported that 12 people were killed.", "The regional daily Correio do Norte", DIPTYCH_SOURCE_MEDIA),
  SRC ("a-tally-by", "A tally by the regional daily Correio do Norte puts the number of dead at 16.", "the regional daily Correio do Norte", DIPTYCH_SOURCE_MEDIA),
  CLM ("a-tally-by-claim", "A tally by the local newspaper puts the number of dead at 16.", "the number of dead at 16", "the local newspaper"),
  SRC ("who-aside-said-clause", "Mayor Sandra Rolón, who declared three days of mourning, said the town needed more troops.", "Mayor Sandra Rolón", DIPTYCH_SOURCE_OFFICIAL),
  NO_SRC ("who-aside-said-clause-not-town", "The mayor, who declared three days of mourning, said the town needed more troops.", "town"),
  SRC ("read-on-television-late", "The ministry said in a statement read on state television late on Sunday that armed groups had killed 21 civilians.", "state television", DIPTYCH_SOURCE_MEDIA),
  NO_SRC ("families-informed", "All 52 detainees had been identified and their families informed.", "families"),
  NO_SRC ("parents-being-informed", "Four minors were held for more than 12 hours without their parents being informed.", "parents"),
  FIG ("missing-and-keep-informed", "The group calls on the authorities to trace the eight missing villagers and keep their families informed; to guarantee the return of those who fled.", "eight missing villagers", M, 8, 8, 8, EXACT, CIVILIANS),
  SRC ("have-long-warned", "Security officials have long warned that the group draws its income from extortion.", "Security officials", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("two-who-estimate", "Local authorities and the Commission Mouvement de Population (CMP) estimate that 31,000 people have arrived in Kindu.", "the Commission Mouvement de Population (CMP)", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("two-who-estimate-plural", "Local elders and UN agencies estimate that 150,000 people have left the town.", "UN agencies", DIPTYCH_SOURCE_NGO),
  NO_SRC ("their-estimate-that", "Their estimate that 300 people fled was disputed.", "Their estimate"),
  SRC ("our-field-teams", "Our field teams have documented the deaths of 11 combatants and six civilians.", "Our field teams", DIPTYCH_SOURCE_NGO),
  NO_SRC ("our-thoughts", "Our thoughts are with the families, the minister said.", "Our thoughts"),
  NO_SRC ("gave-no-figure", "The ministry gave no figure for civilian casualties.", "The ministry"),
  SRC ("gave-a-toll", "The ministry gave a toll of 12 dead.", "The ministry", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("according-to-and-civil-society-sources", "Armed men attacked the village, according to local authorities and civil society sources.", "civil society sources", DIPTYCH_SOURCE_ANONYMOUS),
  SRC ("according-to-and-relatives-who", "Seven people were killed, according to resistance groups and relatives of the victims who crossed into Mizoram on Friday.", "relatives of the victims", DIPTYCH_SOURCE_WITNESS),
  NO_SRC ("attributed-to-a-militia", "Armed men attributed to the CODECO militia attacked the mining sites.", "Armed men"),
  SRC ("quoted-by-an-outlet", "A CODECO spokesperson quoted by Radio Okapi denied that the group had attacked civilians.", "Radio Okapi", DIPTYCH_SOURCE_MEDIA),
  NO_SRC ("declared-victory", "Iraq declared victory over IS in 2017, but cells still operate.", "Iraq"),
  NO_SRC ("sentence-opens-with-a-clause", "Since the government declared an internal armed conflict in January 2024, security forces have detained nearly 18,000 people.", "Since the government"),
  SRC ("when-the-army-said", "When the army said 12 people died, nobody believed it.", "the army", DIPTYCH_SOURCE_MILITARY),
  SRC ("declared-that", "The ministry declared that 12 people had died.", "The ministry", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("issued-by-on-a-date", "Issued by the UN Office for the Coordination of Humanitarian Affairs (OCHA) on 9 November, 16:00 (Jerusalem time).", "the UN Office for the Coordination of Humanitarian Affairs (OCHA)", DIPTYCH_SOURCE_NGO),
  NO_SRC ("according-to-the-conventions", "The TNLA said it would treat them according to the Geneva Conventions.", "the Geneva Conventions"),
  NO_SRC ("province-recorded", "El Oro province recorded 398 homicides between January and October.", "El Oro province"),
  SRC ("according-to-and-local-medics", "At least 19 people have been killed, according to the group and local medics.", "local medics", DIPTYCH_SOURCE_ANONYMOUS),
  /* a relative as the text's first word once read token -1 (fuzz-detect) */
  NO_SRC ("relative-opens-the-text", "who said on Telegram that two missiles hit the building.", "who"),
  NO_SRC ("passive-by-a-date", "UNHCR said that 1,236 refugees had been registered in Ndu by 12 October.", "12 October"),
  NO_SRC ("patients-admitted", "At least 14 of the 30 patients admitted overnight were women.", "patients"),
  FIG ("list-after-held-noun-in-dashes", "Gunmen abducted five teachers. The abducted teachers – three men and two women aged between 24 and 38 – were among 11 teachers from outside the county.", "three men", D, 3, 3, 3, EXACT, MEN),
  FIG ("list-after-those-held-in-commas", "Police arrested 23 people. \"Those arrested, 19 men and four women, are helping the police with useful information,\" he said.", "four women", D, 4, 4, 4, EXACT, WOMEN),
  FIG ("list-after-the-dead-in-commas", "The dead, seven men and two women, were buried on Monday.", "seven men", K, 7, 7, 7, EXACT, MEN),
  FIG ("list-after-victims-in-commas", "At least nine people were killed. The victims, seven men and two women, were shot at close range on Saturday evening.", "two women", K, 2, 2, 2, EXACT, WOMEN),
  QUIET_ ("list-after-teachers-in-dashes", "The teachers – three men and two women – returned to the school on Monday.", "three men"),
  FIG ("breakdown-adults", "Officials said the death toll had risen to 19 — 14 children and five adults — and that 37 people had been wounded.", "five adults", K, 5, 5, 5, EXACT, PEOPLE),
  FIG ("breakdown-monks", "An air strike killed at least 24 civilians who had taken refuge there, among them seven children and three monks, the group said.", "three monks", K, 3, 3, 3, EXACT, PEOPLE),
  FIG ("among-the-civilians-killed-were", "The spokesperson said that among the civilians killed were eight women and three children.", "among the civilians killed were eight women", K, 8, 8, 8, EXACT, WOMEN),
  FIG ("among-those-killed-was", "Among those killed was one soldier.", "one soldier", K, 1, 1, 1, EXACT, SOLDIERS),
  FIG ("compared-with", "The morgue received 427 bodies in six days, compared with about 50 in a normal week.", "about 50", K, 50, N, N, APPROX, PEOPLE),
  FIG ("up-from-earlier", "The toll climbed to 44, hospital officials said, up from 31 earlier in the day.", "31", K, 31, 31, 31, EXACT, PEOPLE),
  FIG ("up-from", "Police said 80 people were arrested on Sunday, up from 35 a week earlier.", "35", D, 35, 35, 35, EXACT, PEOPLE),
  FIG ("object-and-figure", "Police arrested the ferry's master and two crew members on charges of negligence.", "two crew members", D, 2, 2, 2, EXACT, OTHER),
  FIG ("object-and-figure-killed", "Gunmen killed a policeman and three civilians at the checkpoint.", "three civilians", K, 3, 3, 3, EXACT, CIVILIANS),
  QUIET_ ("object-and-things", "The army destroyed the bridge and two trucks.", "two"),
  QUIET_ ("joined-to-a-count", "Officials revised the number of missing down to 49, saying a dozen passengers had got off and two or three others had never boarded.", "three"),
  FIG ("gapped-after-name", "A doctor said the morgue had received 27 bodies since Thursday and the National Hospital 19, most with gunshot wounds.", "19", K, 19, 19, 19, EXACT, PEOPLE),
  QUIET_ ("gapped-after-name-things", "The convoy carried 27 tonnes of flour and the World Food Programme 19.", "19"),
  QUIET_ ("and-verb-name-number", "Gunmen killed 12 people and blocked Route 19.", "19"),
  FIG ("other-before-noun", "At least three other protesters were in intensive care.", "three other protesters", I, 3, 3, N, AT_LEAST, PEOPLE),
  PART_ ("of-the-figure-comma", "Soldiers massacred 176 villagers. Of the 176 victims, 82 were children.", "82 were children", "176 victims"),
  FIG ("age-of-then-and", "Soldiers massacred 176 villagers. Of the 176 victims, 82 were children under the age of 12 and 51 were women.", "51 were women", K, 51, 51, 51, EXACT, WOMEN),
  FIG ("partitive-of-next", "Doctors said 9 of the 61 wounded were in a critical condition.", "9", I, 9, 9, 9, EXACT, PEOPLE),
  PART_ ("partitive-of-next-released", "Police detained 12 men. Five of the 12 detained were released on Monday.", "Five", "detained 12 men"),
  PART_ ("partitive-of-next-part", "Doctors said 9 of the 61 wounded were in a critical condition.", "9", "61 wounded"),
  FIG ("toll-long-subject", "The number of people killed by a missile strike on a nine-storey apartment block in the north-eastern city of Kharkiv has risen to 14, officials say.", "The number of people killed by a missile strike on a nine-storey apartment block in the north-eastern city of Kharkiv has risen to 14", K, 14, 14, 14, EXACT, PEOPLE),
  QUIET_ ("toll-long-not-subject", "Officials said the number of people killed by the strike was unclear and sent rescuers with heavy equipment to 14 sites.", "14"),
  FIG ("casualties-evacuated", "The Red Cross said it had evacuated 15 casualties to Lamu by air.", "evacuated 15 casualties", I, 15, 15, 15, EXACT, PEOPLE),
  FIG ("casualties-were-evacuated", "Twelve casualties were evacuated by air to Mombasa.", "Twelve casualties were evacuated", I, 12, 12, 12, EXACT, PEOPLE),
  QUIET_ ("searching-for-suspects", "Police said they were searching for two men seen leaving the church minutes before the blast.", "two men"),
  FIG ("searching-for-trapped", "Rescuers were searching for 12 people believed trapped under the rubble.", "searching for 12 people", M, 12, 12, 12, EXACT, PEOPLE),
  QUIET_ ("asked-to-be-relocated", "The bishop said some 40 Christian families had asked to be relocated off the island.", "40"),
  FIG ("forced-to-flee-not-a-wish", "More than 300 families were forced to flee.", "More than 300 families were forced to flee", X, 300, 300, DIPTYCH_NO_NUMBER, AT_LEAST, PEOPLE),
  FIG ("partitive-of-repeated-toll", "The toll had risen to 14. Twelve of the 14 dead were alleged members of the Jalisco New Generation Cartel, he said.", "Twelve of the 14 dead were alleged members of the Jalisco New Generation Cartel", K, 12, 12, 12, EXACT, FIGHTERS),
  FIG ("partitive-of-repeated-toll-predicate", "The toll had risen to 14. Twelve of the 14 dead were civilians.", "Twelve of the 14 dead were civilians", K, 12, 12, 12, EXACT, CIVILIANS),
  PART_ ("partitive-of-repeated-toll-part", "The toll had risen to 14. Twelve of the 14 dead were civilians.", "Twelve of the 14 dead", "The toll had risen to 14"),
  FIG ("partitive-of-repeated-number-alone", "Gunmen killed 11 villagers on Monday. Four of the 11 were women, the police said.", "Four of the 11 were women", K, 4, 4, 4, EXACT, WOMEN),
  PART_ ("partitive-of-repeated-number-released", "Police detained 12 men. Five of the 12 were released on Monday.", "Five", "detained 12 men"),
  QUIET_ ("partitive-of-repeated-count", "The council has 11 members. Four of the 11 were women.", "Four"),
  FIG ("partitive-of-repeated-victims", "Troops shot dead at least 14 people. Rights groups found that 11 of the 14 victims were shot in the square.", "11 of the 14 victims", K, 11, 11, 11, EXACT, PEOPLE),
  FIG ("partitive-possessive-noun", "A source put the number killed at 31, among them a minister and three of the hotel's staff.", "three of the hotel's staff", K, 3, 3, 3, EXACT, OTHER),
  PART_ ("breakdown-of-phrase", "Shelling killed 20 people, including a local imam and two of his sons.", "two of his sons", "killed 20 people"),
  QUIET_ ("breakdown-of-phrase-things", "Shelling killed 20 people and destroyed a school and two mosques.", "two"),
  PART_ ("of-these-share", "Some 18,500 people fled Dangila. Of these, some 7,200 people are sheltering in Injibara town.", "Of these, some 7,200 people", "Some 18,500 people fled"),
  PART_ ("breakdown-of-opening-part", "The hospital received 58 injured people. Of those, 34 had gunshot wounds, including 11 children.", "11 children", "Of those, 34 had gunshot wounds"),
  PART_ ("colon-breakdown", "Eleven villagers were killed in Nguida alone: nine were killed outright and two died later.", "nine were killed", "Eleven villagers were killed"),
  FIG ("coordinate-unwritten-group", "Eleven villagers were killed in Nguida alone: nine were killed outright and two died later.", "two died", K, 2, 2, 2, EXACT, CIVILIANS),
  FIG ("repeat-bare-number", "Rebels killed forty-seven villagers. His brother was among the 47 named by the coalition.", "47", K, 47, 47, 47, EXACT, CIVILIANS),
  QUIET_ ("repeat-bare-number-no-figure", "Rebels torched 47 houses. Only the 47 named by the council were rebuilt.", "47"),
  FIG ("repeat-with-noun", "Gunmen killed 12 soldiers. The 12 hostages were freed on Monday.", "12 hostages", D, 12, 12, 12, EXACT, PEOPLE),
  PART_ ("others-rest-of-whole", "They exhumed 143 bodies. The remains of 121 of them were identified, while the remains of at least 22 others have yet to be named.", "22 others", "143 bodies"),
  FIG ("toll-count-of-refugees", "The U.N. refugee agency's count stood at 61,000 refugees at the end of May.", "61,000 refugees", X, 61000, 61000, 61000, EXACT, PEOPLE),
  FIG ("toll-number-of-refugees", "The number of refugees rose to 61,000.", "61,000", X, 61000, 61000, 61000, EXACT, PEOPLE),
  FIG ("toll-refugees-killed", "The number of refugees killed rose to 12.", "12", K, 12, 12, 12, EXACT, PEOPLE),
  PART_ ("in-place-alone", "Floods have killed at least 47 people. In Beledweyne alone, at least 11 people have drowned, among them six children.", "11 people have drowned", "killed at least 47 people"),
  PART_ ("in-place-alone-nested", "Floods have killed at least 47 people. In Beledweyne alone, at least 11 people have drowned, among them six children.", "six children", "at least 11 people have drowned"),
  PART_ ("in-place-alone-after", "Attacks killed at least 38 civilians. Eleven villagers were killed in Nguida alone: nine were killed outright and two died later.", "Eleven villagers were killed", "killed at least 38 civilians"),
  /* groups of partitives and predicates */
  FIG ("of-them-group", "At least 47 people, 13 of them children, were killed.", "13 of them children", K, 13, 13, 13, EXACT, CHILDREN),
  FIG ("of-them-adverb", "Gunmen wounded 12 soldiers, three of them critically.", "three of them", I, 3, 3, 3, EXACT, SOLDIERS),
  FIG ("partitive-our-adjective", "He said 58 people had been killed, among them 11 of our heroic policemen.", "11 of our heroic policemen", K, 11, 11, 11, EXACT, SOLDIERS),
  FIG ("partitive-its", "The ministry said two of its border guards had been injured.", "two of its border guards", I, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("partitive-possessive", "Forty people died. Three of the clinic's nurses were among the dead.", "Three of the clinic's nurses", K, 3, 3, 3, EXACT, OTHER),
  FIG ("predicate-adjective-group", "Sixteen people died. Four of the dead were port workers.", "Four of the dead were port workers", K, 4, 4, 4, EXACT, OTHER),
  FIG ("predicate-had-been", "Shelling killed 23 civilians. Two of the dead had been Taliban border guards.", "Two of the dead had been Taliban border guards", K, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("predicate-no-group", "Shelling killed 23 civilians. Two of the dead were Somali nationals.", "Two of the dead", K, 2, 2, 2, EXACT, CIVILIANS),
  FIG ("members-of-escort", "The bomb killed 19 people. Of the dead, 14 were passengers and five were members of a police escort travelling behind the bus.", "five were members", K, 5, 5, 5, EXACT, SOLDIERS),
  FIG ("others-after-part", "At least 47 people, 13 of them children, were killed and 86 others wounded.", "86 others wounded", I, 86, 86, 86, EXACT, PEOPLE),
  FIG ("and-that-joined", "The mission said 164 civilians were killed in May and that 812 were injured.", "812 were injured", I, 812, 812, 812, EXACT, CIVILIANS),
  FIG ("coordinate-of-part", "Clashes killed 32 gunmen, 19 of them from local militias and 13 from other factions.", "13", K, 13, 13, 13, EXACT, FIGHTERS),
  FIG ("other-adjective-noun", "Roughly 200 other camp residents have not been heard from.", "Roughly 200 other camp residents have not been heard from", M, 200, N, N, APPROX, CIVILIANS),
  FIG ("noun-outcome-then-range", "The hospital received 53 patients with trauma injuries between 2 and 8 September.", "53 patients with trauma injuries", I, 53, 53, 53, EXACT, PEOPLE),
  QUIET_ ("partitive-possessive-plural", "All five attackers were killed. Two of the attackers' vehicles were destroyed.", "Two"),
  FIG ("lives-count-people", "Two soldiers lost their lives on Monday. The war has cost more than 20,000 lives.", "more than 20,000 lives", K, 20000, 20000, N, AT_LEAST, PEOPLE),
  /* numbers that are not casualties */
  QUIET_ ("date", "The ceasefire was signed on 14 March in Doha.", "14"),
  QUIET_ ("date-month-first", "Talks resume on March 3 in Geneva.", "3"),
  QUIET_ ("year", "The town has been contested since 2019, when rebels killed its mayor.", "2019"),
  QUIET_ ("time", "The first blast came at 9:30 a.m. and killed no one.", "9:30"),
  QUIET_ ("age", "A 12-year-old boy was among those killed.", "12"),
  QUIET_ ("age-apposition", "Fatima Nour, 34, said she fled with her children.", "34"),
  QUIET_ ("money", "The government pledged $5 million for the families of those killed.", "5"),
  QUIET_ ("distance", "The village lies 40 km from the city where troops killed protesters.", "40"),
  QUIET_ ("percentage", "About 70 percent of the dead were civilians.", "70"),
  QUIET_ ("vote", "Parliament voted 210 to 34 to extend the state of emergency.", "210"),
  QUIET_ ("airstrikes", "Two airstrikes hit the market, killing traders.", "Two"),
  QUIET_ ("homes", "The fighting destroyed 1,000 homes.", "1,000"),
  QUIET_ ("troops-deployed", "The government deployed 5,000 troops to the region.", "5,000"),
  QUIET_ ("duration", "The siege lasted 40 days.", "40"),
  QUIET_ ("agent", "Five militants killed two soldiers at dawn.", "Five"),
  QUIET_ ("weapons", "Two drones killed a farmer near the village.", "Two"),
  QUIET_ ("currency-after", "The government will pay 300,000 rupees to each of the wounded.", "300,000"),
  QUIET_ ("rupee-sign", "Ex gratia of \u20b95 lakh will be paid to the families of the deceased and \u20b950,000 to the seriously injured.", "50,000"),
  QUIET_ ("rupees-abbreviated", "The state will pay Rs 50,000 to each of the injured.", "50,000"),
  QUIET_ ("age-youngest", "The group published a list of the fatalities, the youngest of them 14.", "14"),
  QUIET_ ("coordinate-apart", "Gunmen killed 34 civilians, among them 11 children, a local official and two residents said.", "two residents"),
  QUIET_ ("object-and-killing", "Troops repelled the assault, destroying 11 vehicles and killing \u201cmore than 120 rebels.\u201d", "11"),
  FIG ("object-and-killing-figure", "Troops repelled the assault, destroying 11 vehicles and killing \u201cmore than 120 rebels.\u201d", "more than 120 rebels", K, 120, 120, N, AT_LEAST, FIGHTERS),
  QUIET_ ("freed-and-killed", "Its fighters had freed \"more than 500 Muslim captives\" and killed \"34 guards\".", "500"),
  QUIET_ ("destroyed-vehicles", "The army destroyed 11 vehicles on Sunday.", "11"),
  QUIET_ ("participle-of-other-noun", "Officials said 3 new sites for displaced families had opened.", "3"),
  FIG ("fled-to-camps-for-displaced", "Some 300 residents fled to camps for displaced families.", "Some 300 residents fled", X, 300, N, N, APPROX, CIVILIANS),
  QUIET_ ("age-boy-of", "She said a boy of about 10 who sat beside her died in her arms.", "10"),
  FIG ("a-group-of", "A group of 20 pilgrims died when the bus overturned.", "20 pilgrims died", K, 20, 20, 20, EXACT, PEOPLE),
  QUIET_ ("difference-of-tolls", "The Red Cross put the number of wounded at 26, three more than police had reported.", "three"),
  QUIET_ ("difference-last-year", "Officials counted 40 deaths, three more than last year.", "three"),
  FIG ("more-people-died", "Two more people died in hospital on Monday.", "Two more people died", K, 2, 2, 2, EXACT, PEOPLE),
  QUIET_ ("phone-number", "Call 0800 555 123 for information about the missing.", "123"),
  QUIET_ ("phone-leading-zero", "A hotline, 01713-488777, is open for relatives of the missing.", "488777"),
  QUIET_ ("age-of", "Children under the age of 12 were among those killed.", "12"),
  QUIET_ ("name-number", "Soldiers of Military Zone 20 rounded up the residents.", "20"),
  QUIET_ ("one-of-the-worst", "It was the massacre of 176 villagers in 1982, one of the worst atrocities of the war.", "one"),
  FIG ("wounded-over-a-period", "More than 16,000 people have been wounded over the same period, it said.", "More than 16,000 people have been wounded", I, 16000, 16000, N, AT_LEAST, PEOPLE),
  QUIET_ ("agent-qualified-object", "Five militants killed around 20 soldiers at dawn.", "Five"),
  FIG ("homicides", "Police recorded 1,147 homicides in the state in the first eight months of the year.", "1,147 homicides", K, 1147, 1147, 1147, EXACT, PEOPLE),
  FIG ("murdered", "Gunmen murdered 12 villagers near the border.", "murdered 12 villagers", K, 12, 12, 12, EXACT, CIVILIANS),
  FIG ("mourned", "Hezbollah mourned three of its fighters in a brief statement.", "mourned three of its fighters", K, 3, 3, 3, EXACT, FIGHTERS),
  QUIET_ ("mourned-agent", "Thousands mourned the victims at the funeral.", "Thousands"),
  QUIET_ ("vague-agent-object", "Dozens killed two soldiers in the raid.", "Dozens"),
  FIG ("no-noun-pair", "12 killed 30 wounded in blast", "12 killed", K, 12, 12, 12, EXACT, PEOPLE),
  FIG ("informers", "The gang claimed it had executed 30 informers.", "executed 30 informers", K, 30, 30, 30, EXACT, PEOPLE),
  FIG ("gang-members", "The gunfight left 11 gang members dead.", "11 gang members dead", K, 11, 11, 11, EXACT, FIGHTERS),
  FIG ("toll-then-number-of-wounded", "By Sunday, the death toll had risen to 21 and the number of wounded to 40, he said.", "the death toll had risen to 21", K, 21, 21, 21, EXACT, PEOPLE),
  FIG ("dash-aside-outcome-verb", "Partners report that about 1,150 households – an estimated 5,700 people – fled the area.", "an estimated 5,700 people", X, 5700, N, N, APPROX, PEOPLE),
  QUIET_ ("places-of-residents", "Residents of three barangays – about 640 families, or some 3,200 individuals – fled to evacuation centres.", "three barangays"),
  FIG ("siblings", "A girl who lost her mother and two siblings in the attack is among our patients.", "two siblings", K, 2, 2, 2, EXACT, PEOPLE),
  FIG ("criminals", "Police said the raid raised the number of dead criminals to 14.", "the number of dead criminals to 14", K, 14, 14, 14, EXACT, FIGHTERS),
  FIG ("arrest-of", "The operation led to the arrest of 14 wanted persons.", "arrest of 14 wanted persons", D, 14, 14, 14, EXACT, PEOPLE),
  QUIET_ ("warrants-for-the-arrest-of", "A court issued warrants for the arrest of 12 officers.", "12"),
  QUIET_ ("demanded-the-arrest-of", "Protesters demanded the arrest of five officers.", "five"),
  FIG ("sentenced-for-the-massacre-of", "The court sentenced him for the massacre of 176 villagers.", "massacre of 176 villagers", K, 176, 176, 176, EXACT, CIVILIANS),
  FIG ("abandoning-their-homes", "They joined some 1,500 people sheltering in schools after abandoning their homes.", "some 1,500 people", X, 1500, N, N, APPROX, PEOPLE),
  FIG ("escaped-across", "Tens of thousands have escaped across the border into Ethiopia.", "Tens of thousands have escaped across", X, N, 10000, N, VAGUE, PEOPLE),
  /* escaped from captors, not displaced */
  FIG ("escaped-across-captors", "Gunmen abducted 20 worshippers. Eight of the abducted worshippers escaped across the river.", "Eight of the abducted worshippers", D, 8, 8, 8, EXACT, PEOPLE),
  FIG ("demonym-then-noun", "Troops detained two Lebanese shepherds near the border.", "detained two Lebanese shepherds", D, 2, 2, 2, EXACT, OTHER),
  FIG ("demonym-name-noun", "Seven people were wounded, among them two Lebanese Red Cross paramedics.", "two Lebanese Red Cross paramedics", I, 2, 2, 2, EXACT, OTHER),
  FIG ("demonym-then-verb", "Almost 82,000 Lebanese remain displaced.", "Almost 82,000 Lebanese remain displaced", X, 82000, N, 82000, AT_MOST, PEOPLE),
  QUIET_ ("demonym-things", "The navy seized two Chinese vessels.", "two"),
  FIG ("lost-limbs", "He said 46 people were being treated for wounds. Nine of them had lost limbs.", "Nine of them had lost limbs", I, 9, 9, 9, EXACT, PEOPLE),
  FIG ("lost-their-legs", "Three children lost their legs in the blast.", "Three children lost their legs", I, 3, 3, 3, EXACT, CHILDREN),
  FIG ("lost-soldiers", "The army lost three soldiers in the ambush.", "lost three soldiers", K, 3, 3, 3, EXACT, SOLDIERS),
  FIG ("of-the-wounded-children", "The blast wounded 20 people. A nurse said two of the wounded children had died overnight.", "two of the wounded children had died", K, 2, 2, 2, EXACT, CHILDREN),
  PART_ ("of-the-wounded-children-part", "The blast wounded 20 people. A nurse said two of the wounded children had died overnight.", "two of the wounded children", "wounded 20 people"),
  FIG ("seriously-injured-people", "The army evacuated 112 seriously injured people to hospitals.", "112 seriously injured people", I, 112, 112, 112, EXACT, PEOPLE),
  PART_ ("seriously-injured-part", "The quake injured 418 people. The army evacuated 112 seriously injured people to hospitals.", "112 seriously injured people", "injured 418 people"),
  FIG ("critically-wounded", "Three critically wounded were flown to the capital.", "Three critically wounded", I, 3, 3, 3, EXACT, PEOPLE),
  FIG ("internally-displaced-killed", "At least 47 internally displaced persons were killed on Sunday.", "At least 47 internally displaced persons", K, 47, 47, N, AT_LEAST, PEOPLE),
  QUIET_ ("population-of-hamlet", "Most of the missing are from Chaupimayo, a hamlet of roughly 250 people that was buried by a landslide.", "250"),
  QUIET_ ("population-of-town", "The town of 20,000 was flattened and 300 people died.", "20,000"),
  FIG ("population-then-toll", "The town of 20,000 was flattened and 300 people died.", "300 people died", K, 300, 300, 300, EXACT, PEOPLE),
  QUIET_ ("released-of-the", "Soldiers detained 12-15 villagers. The soldiers later released five of the villagers.", "five"),
  FIG ("freed-of-the-abducted", "Rebels abducted 40 people. They freed at least 12 of the abducted on Monday.", "at least 12 of the abducted", D, 12, 12, N, AT_LEAST, PEOPLE),
  FIG ("receiving-treatment", "Forty-three persons are receiving treatment at the general hospital.", "Forty-three persons are receiving treatment", I, 43, 43, 43, EXACT, PEOPLE),
  FIG ("remained-in-hospital", "Of the 40 wounded, 25 remained in the hospital on Monday.", "25 remained in the hospital", I, 25, 25, 25, EXACT, PEOPLE),
  FIG ("first-aid-to", "Volunteers had given first aid to more than 200 people in Nairobi.", "more than 200 people", I, 200, 200, N, AT_LEAST, PEOPLE),
  QUIET_ ("treatment-plan", "The hospital has a treatment plan for 200 people.", "200"),
  FIG ("scare-quoted-verb", "Troops had ‘neutralised’ four of the attackers in a gun duel.", "four of the attackers", K, 4, 4, 4, EXACT, FIGHTERS),
  FIG ("liquidated", "Security forces had \"liquidated\" five gunmen, the committee said.", "five gunmen", K, 5, 5, 5, EXACT, FIGHTERS),
  FIG ("takfiri-elements", "The army said it killed 23 takfiri elements.", "23 takfiri elements", K, 23, 23, 23, EXACT, FIGHTERS),
  QUIET_ ("relative-of-one-of", "Forces killed five gunmen. Six people, including a relative of one of the gunmen, were detained.", "one of the gunmen"),
  FIG ("families-of-the-dead", "Gunmen killed 18 villagers on Sunday. He met the families of the 18 who died.", "18 who died", K, 18, 18, 18, EXACT, CIVILIANS),
  FIG ("refugees-alone", "The camp now shelters 30,000 refugees.", "30,000 refugees", X, 30000, 30000, 30000, EXACT, PEOPLE),
  FIG ("new-arrivals", "Our team has registered some 4,200 new arrivals in the past week.", "some 4,200 new arrivals", X, 4200, N, N, APPROX, PEOPLE),
  FIG ("refugees-killed", "Twelve refugees were killed in the strike.", "Twelve refugees were killed", K, 12, 12, 12, EXACT, PEOPLE),
  FIG ("killed-refugees", "Gunmen killed at least seven refugees, including two community leaders.", "killed at least seven refugees", K, 7, 7, N, AT_LEAST, PEOPLE),
  FIG ("refugees-wounded", "Thirty refugees were wounded in the strike.", "Thirty refugees were wounded", I, 30, 30, 30, EXACT, PEOPLE),
  FIG ("refugees-arrived", "Some 450,000 refugees have arrived in Chad since April.", "Some 450,000 refugees", X, 450000, N, N, APPROX, PEOPLE),
  FIG ("demonym-refugees", "Nearly 450,000 Sudanese refugees have arrived in Chad.", "Nearly 450,000 Sudanese refugees", X, 450000, N, 450000, AT_MOST, PEOPLE),
  FIG ("adjective-refugees", "The agency registered 300 Syrian refugees last week.", "300 Syrian refugees", X, 300, 300, 300, EXACT, PEOPLE),
  FIG ("killed-demonym-refugees", "Gunmen killed 12 Sudanese refugees near the border.", "killed 12 Sudanese refugees", K, 12, 12, 12, EXACT, PEOPLE),
  QUIET_ ("refugee-camps", "Chad has 20 refugee camps along the border.", "20"),
  FIG ("long-relative-clause", "Two civilians who were passing the checkpoint at the time of the explosion sustained minor injuries.", "Two civilians who were passing the checkpoint at the time of the explosion sustained minor injuries", I, 2, 2, 2, EXACT, CIVILIANS),
  QUIET_ ("relative-clause-noun", "Hundreds of people who protested against the killings marched on Friday.", "Hundreds"),
  FIG ("kills-dozens-fleeing", "Sudan: Drone strike on ferry kills dozens fleeing Dinder", "kills dozens", K, N, 12, N, VAGUE, PEOPLE),
  FIG ("dozens-fleeing-killed-later", "Dozens fleeing the town were stopped at the bridge.", "Dozens fleeing", X, N, 12, N, VAGUE, PEOPLE),
  FIG ("coordinated-before-the", "“As I speak, 24 students and the two teachers are still in the hands of these criminals,” the mayor said.", "24 students", D, 24, 24, 24, EXACT, PEOPLE),
  FIG ("coordinated-not-past-a-verb", "27 civilians, including 8 children and 6 women, were killed on Monday, and 93 civilians were injured.", "6 women", K, 6, 6, 6, EXACT, WOMEN),
  FIG ("coordinated-past-aside", "Twelve Maoists, including four women cadres, and two jawans were killed in the encounter.", "Twelve Maoists", K, 12, 12, 12, EXACT, FIGHTERS),
  WHOLE_ ("coordinated-past-aside-whole", "Twelve Maoists, including four women cadres, and two jawans were killed in the encounter.", "two jawans"),
  PART_ ("coordinated-past-aside-part", "Twelve Maoists, including four women cadres, and two jawans were killed in the encounter.", "four women", "Twelve Maoists"),
  PART_ ("oxford-comma-list-part", "The strike killed 12 people, including three children, two women, and an elderly man.", "two women", "killed 12 people"),
  FIG ("headline-list", "Bijapur encounter: 12 Maoists, two DRG jawans killed in day-long gunfight", "12 Maoists", K, 12, 12, 12, EXACT, FIGHTERS),
  FIG ("initials-before-verb", "Two jawans of the District Reserve Guard (DRG) were killed in the encounter.", "Two jawans of the District Reserve Guard (DRG) were killed", K, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("left-a-place", "Between 150,000 and 200,000 people have left Las Anod since the start of the month.", "Between 150,000 and 200,000 people have left Las Anod", X, N, 150000, 200000, RANGE, PEOPLE),
  QUIET_ ("left-on-a-day", "Some 300 people left Monday morning.", "300"),
  FIG ("left-for-relatives-homes", "Roughly 150 villagers had left for relatives' homes in Bhairamgarh.", "Roughly 150 villagers had left for relatives' homes", X, 150, N, N, APPROX, CIVILIANS),
  FIG ("crossed-from", "An estimated 7,000 people have crossed from West Darfur into eastern Chad in the past week.", "An estimated 7,000 people have crossed from", X, 7000, N, N, APPROX, PEOPLE),
  FIG ("number-of-a-people-killed", "Serbian state broadcaster RTS put the number of Serbs killed at five.", "the number of Serbs killed at five", K, 5, 5, 5, EXACT, PEOPLE),
  FIG ("number-of-demonym-killed", "Police put the number of Afghans killed at five.", "the number of Afghans killed at five", K, 5, 5, 5, EXACT, PEOPLE),
  PART_ ("among-were-a-list", "The attack killed 11 soldiers. Among the martyrs were an officer and two conscripts.", "two conscripts", "killed 11 soldiers"),
  FIG ("the-dead-were-a-list", "Three people died. The dead were a police officer and two children.", "two children", K, 2, 2, 2, EXACT, CHILDREN),
  QUIET_ ("suspects-were-a-list", "The police said the suspects were a man and two women.", "two women"),
  FIG ("war-wounded", "Hospitals in Goma have admitted 212 war-wounded since 18 January, 48 of them children.", "212 war-wounded", I, 212, 212, 212, EXACT, PEOPLE),
  FIG ("sought-treatment", "The Health Ministry said 27 people had sought treatment in hospitals across the capital overnight.", "27 people had sought treatment", I, 27, 27, 27, EXACT, PEOPLE),
  FIG ("beat-people", "A witness saw riot police beat four or five people near the church.", "beat four or five people", I, N, 4, 5, RANGE, PEOPLE),
  FIG ("lost-contact-with", "The alliance said it had lost contact with at least 12 people, among them two students.", "lost contact with at least 12 people", M, 12, 12, N, AT_LEAST, PEOPLE),
  FIG ("along-with-bodyguards", "Al-Khatib was killed along with two of his bodyguards.", "two of his bodyguards", K, 2, 2, 2, EXACT, FIGHTERS),
  FIG ("hosted-idps", "The site hosted some 11,500 IDPs before the strike.", "hosted some 11,500 IDPs", X, 11500, N, N, APPROX, PEOPLE),
  FIG ("capturing-others", "The army said soldiers had killed nine of them, capturing two others.", "capturing two others", D, 2, 2, 2, EXACT, PEOPLE),
  QUIET_ ("capturing-other-things", "Rebels said they had destroyed three tanks, capturing two others.", "two others"),
  FIG ("sheltering-in-a-church", "Between 1,000 and 1,500 people are sheltering in a church and a school there.", "Between 1,000 and 1,500 people are sheltering in a church", X, N, 1000, 1500, RANGE, PEOPLE),
  FIG ("brackets-before-verb", "An estimated 4,100 people (approximately 640 households) have fled the site.", "An estimated 4,100 people (approximately 640 households) have fled", X, 4100, N, N, APPROX, PEOPLE),
  WHOLE_ ("as-well-as-past-aside", "The observatory said the dead included 47 Druze — among them four women and two children — as well as 18 Bedouin.", "18 Bedouin"),
  FIG ("of-our-injured-colleagues", "Two of our injured colleagues are in a serious condition.", "Two of our injured colleagues", I, 2, 2, 2, EXACT, OTHER),
  FIG ("left-for-a-place", "Residents said that hundreds of families had left for Thall and Hangu.", "hundreds of families had left for Thall", X, N, 100, N, VAGUE, PEOPLE),
  FIG ("sheltered-in-a-camp", "An estimated 400 families had been sheltered in the Chamishko camp near Zakho.", "An estimated 400 families had been sheltered in the Chamishko camp", X, 400, N, N, APPROX, PEOPLE),
  FIG ("fallen-soldiers", "The Government presents its condolences to the families of the 13 fallen soldiers.", "13 fallen soldiers", K, 13, 13, 13, EXACT, SOLDIERS),
  FIG ("vague-before-preposition", "The raids have killed at least 31 people and injured dozens over the past week.", "injured dozens", I, N, 12, N, VAGUE, PEOPLE),
  PART_ ("among-them-are", "Some 5,000 people fled. Among them are nearly 2,000 children of school age, the directorate said.", "nearly 2,000 children", "Some 5,000 people fled"),
  QUIET_ ("people-before-noun-in-partitive", "Gunmen killed 47 Druze. The Men of Dignity movement, one of the main Druze armed groups, accused tribal fighters.", "one of the"),
  FIG ("joined-adjectives", "Partners report that 85 unaccompanied or separated children are among the people who fled the site.", "85 unaccompanied or separated children", X, 85, 85, 85, EXACT, CHILDREN),
  FIG ("one-of-them-a-teenager", "Police said two suspects had been arrested, one of them a teenager.", "one of them a teenager", D, 1, 1, 1, EXACT, CHILDREN),
  FIG ("staying-in-sites", "Most of the displaced have moved towards Goma, where some 65,000 people are staying in existing sites.", "some 65,000 people are staying in existing sites", X, 65000, N, N, APPROX, PEOPLE),
  FIG ("staying-with-host-families", "Some 3,000 people are staying with host families.", "Some 3,000 people are staying with host families", X, 3000, N, N, APPROX, PEOPLE),
  QUIET_ ("staying-with-friends", "Some 3,000 people are staying with friends.", "3,000"),
  QUIET_ ("staying-in-a-hotel", "Five journalists were staying in the hotel.", "Five"),
  FIG ("adjective-killings", "The raids caused at least seven extrajudicial killings.", "at least seven extrajudicial killings", K, 7, 7, N, AT_LEAST, PEOPLE),
  FIG ("of-the-deceased", "Police said seven of the deceased had been identified so far.", "seven of the deceased", K, 7, 7, 7, EXACT, PEOPLE),
  FIG ("of-the-critically-injured", "A doctor said one of the critically injured pilgrims had died during surgery.", "one of the critically injured pilgrims had died", K, 1, 1, 1, EXACT, PEOPLE),
  FIG ("kin-of-those-killed", "The group interviewed 57 people, including relatives of 14 of those killed.", "14 of those killed", K, 14, 14, 14, EXACT, PEOPLE),
  FIG ("not-been-seen", "Relatives said that at least 25 people had not been seen since the crackdown.", "at least 25 people had not been seen", M, 25, 25, N, AT_LEAST, PEOPLE),
  FIG ("serving-prison-terms", "Rights groups say more than 200 people are still serving prison terms.", "more than 200 people are still serving prison terms", D, 200, 200, N, AT_LEAST, PEOPLE),
  FIG ("it-said-had-died", "The council published a list of 31 people it said had died.", "31 people it said had died", K, 31, 31, 31, EXACT, PEOPLE),
  FIG ("quoted-noun-coordinated", "The ministry says nine \"members of organized criminal groups\" and one police officer have been killed.", "nine \"members of organized criminal groups\"", K, 9, 9, 9, EXACT, FIGHTERS),
  FIG ("others-next-sentence", "Our teams have documented the killing of 73 civilians. At least 112 others were injured.", "At least 112 others were injured", I, 112, 112, N, AT_LEAST, CIVILIANS),
  FIG ("members-of-a-faction", "Its fighters had killed 26 members of the dissident faction.", "killed 26 members of the dissident faction", K, 26, 26, 26, EXACT, FIGHTERS),
  FIG ("civilian-death-toll", "Gunmen killed 12 soldiers. Two of the injured later died, raising the civilian death toll to 15.", "the civilian death toll to 15", K, 15, 15, 15, EXACT, CIVILIANS),
  FIG ("homicides-are-people", "The state recorded 1,147 homicides last year.", "1,147 homicides", K, 1147, 1147, 1147, EXACT, PEOPLE),
  QUIET_ ("mother-of-five", "\"We are sleeping under trees,\" said Hawa Mohammed, a mother of five who fled Gedamaytu on Sunday.", "five"),
  FIG ("adjective-demonym", "Militia attacked herders, killing 15 ethnic Somalis, including a clan elder.", "killing 15 ethnic Somalis", K, 15, 15, 15, EXACT, PEOPLE),
  FIG ("suspected-of-killing", "It said 10 soldiers suspected of killing civilians had been arrested.", "10 soldiers suspected of killing civilians had been arrested", D, 10, 10, 10, EXACT, SOLDIERS),
  FIG ("toll-could-reach", "The newspaper reported that the death toll could reach as many as 15.", "the death toll could reach as many as 15", K, 15, N, 15, AT_MOST, PEOPLE),
  PART_ ("suicide-bombers", "\"All 16 terrorists, including four suicide bombers, were sent to hell,\" the ISPR said.", "four suicide bombers", "16 terrorists"),
  QUIET_ ("long-relative-clause-noun", "Thousands of mourners who gathered in the city on Saturday for the funeral of those killed chanted slogans.", "Thousands"),
  QUIET_ ("rockets-crossed", "The military said that 11 rockets had crossed from Lebanon.", "11 rockets"),
  FIG ("beating", "Police were filmed beating 12 protesters near the parliament.", "beating 12 protesters", I, 12, 12, 12, EXACT, PEOPLE),
  QUIET_ ("beating-drums", "The drummers kept beating for two hours.", "two"),
  QUIET_ ("rescued-of-the-victims", "Gunmen abducted 40 people. Troops rescued 12 of the victims on Monday.", "12"),
  FIG ("of-the-abducted", "Rebels abducted 40 people. At least 12 of the abducted were women.", "At least 12 of the abducted", D, 12, 12, N, AT_LEAST, WOMEN),
  FIG ("killing-the-two-men", "A second raid hit a car on the road, killing the two men inside, the agency said.", "killing the two men", K, 2, 2, 2, EXACT, MEN),
  FIG ("arrested-the-three", "Police arrested the three suspects on Monday.", "arrested the three suspects", D, 3, 3, 3, EXACT, PEOPLE),
  QUIET_ ("the-dead-the", "Among the dead the two children were buried first.", "dead the two"),
  FIG ("said-the-dead-included", "Gunmen killed 41 people. The governor said the dead included five soldiers.", "the dead included five soldiers", K, 5, 5, 5, EXACT, SOLDIERS),
  PART_ ("that-the-dead-included-part", "Gunmen killed at least 41 people. The governor said that the dead included at least five former fighters.", "five former fighters", "killed at least 41 people"),
  FIG ("as-well-as", "Gunmen killed 41 people. The governor said that the dead included at least five former fighters who had laid down their arms under the 2016 peace deal, as well as several children.", "several children", K, N, 3, N, VAGUE, CHILDREN),
  PART_ ("as-well-as-part", "Gunmen killed 41 people. The governor said that the dead included at least five former fighters who had laid down their arms under the 2016 peace deal, as well as several children.", "several children", "killed 41 people"),
  QUIET_ ("as-well-as-things", "Gunmen killed 41 people, as well as 200 cattle.", "200"),
  FIG ("dozens-of-wounded", "Two soldiers were killed and nine were wounded. The hospital had taken in dozens of wounded since Friday.", "dozens of wounded", I, N, 12, N, VAGUE, PEOPLE),
  PART_ ("civilians-no-part-of-fighters", "Fighting killed at least 58 people. A spokesman said between 40 and 50 militia fighters had died. Officials said some 40 of the dead were civilians.", "some 40 of the dead", "killed at least 58 people"),
  PART_ ("soldiers-part-of-people", "Fighting killed 58 people. Officials said 30 civilians died. Some 20 of the dead were soldiers.", "Some 20 of the dead", "killed 58 people"),
  FIG ("coordinate-other-outcome", "Rescuers recovered 23 bodies. Nine of the dead were children, and two dozen more children were hurt.", "two dozen more children were hurt", I, 24, 24, 24, EXACT, CHILDREN),
  FIG ("family-of", "Israeli strikes killed 12 people on Monday, among them a family of five, the ministry said.", "a family of five", K, 5, 5, 5, EXACT, PEOPLE),
  PART_ ("family-of-part", "Israeli strikes killed 12 people on Monday, among them a family of five, the ministry said.", "a family of five", "killed 12 people"),
  FIG ("killed-a-family-of", "The strike killed a family of six in Gaza.", "killed a family of six", K, 6, 6, 6, EXACT, PEOPLE),
  QUIET_ ("family-of-lives", "A family of 12 lives in the house.", "12"),
  FIG ("fleeing-with-others", "She counted 26 bodies in her street before fleeing with hundreds of other residents to the town.", "hundreds of other residents", X, N, 100, N, VAGUE, CIVILIANS),
  FIG ("killed-along-with", "The commander was killed along with his three sons.", "his three sons", K, 3, 3, 3, EXACT, MEN),
  FIG ("arrested-together-with", "He was arrested on Sunday together with 12 others.", "12 others", D, 12, 12, 12, EXACT, PEOPLE),
  QUIET_ ("fled-with-fighters", "The commander fled with 200 fighters.", "200"),
  QUIET_ ("clashes-with-others", "Five people were killed in clashes with 30 other fighters.", "30"),
  FIG ("believed-to-be-trapped", "Rescuers were still digging through the ruins of a building for two or three people believed to be trapped.", "two or three people believed to be trapped", M, N, 2, 3, RANGE, PEOPLE),
  FIG ("feared-trapped", "At least 40 people are feared trapped after the collapse.", "At least 40 people are feared trapped", M, 40, 40, N, AT_LEAST, PEOPLE),
  FIG ("trapped-under-rubble", "Some 12 people were trapped under the rubble.", "Some 12 people were trapped", M, 12, N, N, APPROX, PEOPLE),
  QUIET_ ("trapped-in-city", "Thousands of civilians are trapped in the besieged city.", "Thousands"),
  FIG ("were-holding-fighters", "It said its fighters were holding 27 dissident fighters and would hand them over.", "holding 27 dissident fighters", D, 27, 27, 27, EXACT, FIGHTERS),
  FIG ("armed-factions-in-place-holding", "Armed factions in Salkhad are themselves holding at least six men from neighbouring Bedouin communities.", "holding at least six men", D, 6, 6, N, AT_LEAST, MEN),
  FIG ("militias-holding", "The militias are holding at least six men.", "holding at least six men", D, 6, 6, N, AT_LEAST, MEN),
  FIG ("holding-prisoners", "A spokesman said his men were holding 86 prisoners in villages outside the town.", "holding 86 prisoners", D, 86, 86, 86, EXACT, PEOPLE),
  FIG ("two-nouns-then-breakdown-aside", "At least 1,300 migrants and asylum seekers, among them some 200 children, are being held in overcrowded cells.", "some 200 children", D, 200, N, N, APPROX, CHILDREN),
  FIG ("still-holding-hostages", "The gunmen are still holding 12 hostages.", "holding 12 hostages", D, 12, 12, 12, EXACT, PEOPLE),
  QUIET_ ("boat-holding", "The boat holding 300 migrants capsized.", "300"),
  QUIET_ ("stadium-holding", "The stadium was holding 50,000 fans.", "50,000"),
  FIG ("dash-resumed-them", "\"My cousin and her three children \u2014 we cannot find them anywhere,\" said a vendor.", "three children", M, 3, 3, 3, EXACT, CHILDREN),
  FIG ("dash-took-them-away", "Her three sons \u2013 the soldiers took them away.", "three sons", D, 3, 3, 3, EXACT, MEN),
  QUIET_ ("dash-other-clause", "Her three sons \u2013 she said they were safe.", "three"),
  FIG ("sleeping-in-tents", "Around 1,600 families are sleeping in army tents pitched on a football pitch.", "Around 1,600 families are sleeping in army tents", X, 1600, N, N, APPROX, PEOPLE),
  FIG ("slept-in-the-open", "About 200 people slept in the open.", "About 200 people slept in the open", X, 200, N, N, APPROX, PEOPLE),
  QUIET_ ("sheltering-there", "Roughly 300 people were sheltering there when the bomb fell.", "300"),
  QUIET_ ("living-in-dormitory", "Some 300 students are living in the dormitory.", "300"),
  FIG ("taken-from-hamlets", "Relatives believe up to 40 more men were taken from neighbouring hamlets on the same day.", "up to 40 more men were taken from neighbouring hamlets", D, 40, N, 40, AT_MOST, MEN),
  FIG ("taken-from-their-homes", "Soldiers said 12 men were taken from their homes overnight.", "12 men were taken from their homes", D, 12, 12, 12, EXACT, MEN),
  QUIET_ ("taken-from-rubble", "Some 12 people were taken from the rubble alive.", "12"),
  FIG ("left-hamlets", "About 300 families had left border hamlets.", "About 300 families had left border hamlets", X, 300, N, N, APPROX, PEOPLE),
  FIG ("an-entire-family-of", "The shelling killed an entire family of six.", "killed an entire family of six", K, 6, 6, 6, EXACT, PEOPLE),
  FIG ("limbs-amputated", "He said 46 people were being treated for wounds. Nine of them had limbs amputated.", "Nine of them had limbs amputated", I, 9, 9, 9, EXACT, PEOPLE),
  FIG ("bare-killed-a-day-after", "Three killed a day after ceasefire.", "Three killed", K, 3, 3, 3, EXACT, PEOPLE),
  QUIET_ ("bare-killed-a-policeman", "Dozens killed a policeman in the riot.", "Dozens"),
  FIG ("passive-then-time", "Twelve people were killed the same day in Gaza.", "Twelve people were killed", K, 12, 12, 12, EXACT, PEOPLE),
  FIG ("killed-a-day-after", "Three people killed a day after ceasefire.", "Three people killed", K, 3, 3, 3, EXACT, PEOPLE),
  FIG ("restated-then-to-flee-then-said", "The fighting forced about 300 families, or some 1,400 residents, to flee to a school and a chapel, said Police Lt. Col. Arvin Sanchez.", "some 1,400 residents", X, 1400, N, N, APPROX, CIVILIANS),
  QUIET_ ("coordinate-speakers", "Five militants were killed, two soldiers said.", "two soldiers"),
  FIG ("coordinate-before-speakers", "The attack killed 12 people and two soldiers, officials said.", "two soldiers", K, 2, 2, 2, EXACT, SOLDIERS),
  PART_ ("coordinate-both-changed-part", "Police recaptured 146 of the escapees. Two of those recaptured were shot dead and another three or four were wounded.", "three or four were wounded", "recaptured 146 of the escapees"),
  FIG ("group-extremists", "Troops killed nearly 80 extremists in the area.", "killed nearly 80 extremists", K, 80, N, 80, AT_MOST, FIGHTERS),
  FIG ("group-citizens", "The ministry said 12 Kyrgyz citizens had been killed.", "12 Kyrgyz citizens had been killed", K, 12, 12, 12, EXACT, PEOPLE),
  FIG ("group-nationals", "Gunmen abducted five foreign nationals near the mine.", "abducted five foreign nationals", D, 5, 5, 5, EXACT, PEOPLE),
  FIG ("sent-to-hell", "After an exchange of fire, 11 terrorists were sent to hell, the ISPR said.", "11 terrorists were sent to hell", K, 11, 11, 11, EXACT, FIGHTERS),
  FIG ("embraced-shahadat", "During the exchange of fire, two soldiers embraced shahadat.", "two soldiers embraced shahadat", K, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("laid-down-their-lives", "Three policemen laid down their lives defending the post.", "Three policemen laid down their lives", K, 3, 3, 3, EXACT, SOLDIERS),
  FIG ("among-those-held", "Police detained 300 people. Among those held are at least 12 journalists.", "Among those held are at least 12 journalists", D, 12, 12, N, AT_LEAST, OTHER),
  PART_ ("among-those-held-part", "Police detained 300 people. Among those held are at least 12 journalists.", "Among those held are at least 12 journalists", "detained 300 people"),
  QUIET_ ("coordinate-own-verb", "More than 3,900 children have been killed, while nearly 4,000 boys have been recruited.", "4,000"),
  QUIET_ ("coordinate-own-verb-active", "Gunmen killed 12 people and 5 soldiers escaped.", "5"),
  FIG ("coordinate-no-verb", "Gunmen killed 12 people and 5 soldiers in the raid.", "5 soldiers", K, 5, 5, 5, EXACT, SOLDIERS),
  QUIET_ ("list-of-ages", "Three people were killed, two of them boys aged 15 and 17 who had gone to the fields.", "17"),
  FIG ("list-of-ages-three", "Four children aged 9, 12 and 14 were wounded.", "Four children aged 9, 12 and 14 were wounded", I, 4, 4, 4, EXACT, CHILDREN),
  FIG ("aged-then-figure", "Two men aged 40 and 12 other people were wounded.", "12 other people were wounded", I, 12, 12, 12, EXACT, PEOPLE),
  FIG ("forces-of-then-pair", "In 2024, 187 personnel of the security forces and 241 civilians were martyred.", "187 personnel of the security forces", K, 187, 187, 187, EXACT, SOLDIERS),
  FIG ("pair-then-verb-described", "Two Indian soldiers and three suspected militants were killed in a gunfight.", "Two Indian soldiers", K, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("pair-then-verb-described-first", "An official said 11 Houthi fighters and four government soldiers were killed on Sunday.", "11 Houthi fighters", K, 11, 11, 11, EXACT, FIGHTERS),
  QUIET_ ("pair-then-verb-described-things", "Two soldiers and three armoured vehicles were seen on the road.", "Two"),
  FIG ("forced-to-flee", "The fighting killed 19 people and forced more than 30,000 villagers to flee.", "forced more than 30,000 villagers to flee", X, 30000, 30000, N, AT_LEAST, CIVILIANS),
  FIG ("drove-to-leave", "The floods drove 500 families to leave their homes.", "drove 500 families to leave their homes", X, 500, 500, 500, EXACT, PEOPLE),
  FIG ("sent-fleeing", "The shelling sent thousands of residents fleeing.", "sent thousands of residents fleeing", X, N, 1000, N, VAGUE, CIVILIANS),
  FIG ("sent-to-hell-active", "Troops sent 11 terrorists to hell in the raid.", "sent 11 terrorists to hell", K, 11, 11, 11, EXACT, FIGHTERS),
  QUIET_ ("forced-to-other", "The rebels forced 20 villagers to carry ammunition.", "20"),
  QUIET_ ("sent-to-place", "The army sent 300 troops to the border.", "300"),
  FIG ("adverb-then-outcome", "The IOM registered 61,250 newly displaced people in June.", "61,250 newly displaced people", X, 61250, 61250, 61250, EXACT, PEOPLE),
  FIG ("attributive-then-verb", "The ministry raised the toll to 14, saying two wounded soldiers had died in hospital.", "two wounded soldiers had died", K, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("attributive-then-verb-killed", "An airstrike killed 12 displaced people in a school.", "12 displaced people", K, 12, 12, 12, EXACT, PEOPLE),
  FIG ("attributive-no-verb", "Doctors treated 30 wounded soldiers overnight.", "30 wounded soldiers", I, 30, 30, 30, EXACT, SOLDIERS),
  FIG ("attributive-evacuated", "Helicopters evacuated 30 wounded soldiers to the capital.", "30 wounded soldiers", I, 30, 30, 30, EXACT, SOLDIERS),
  FIG ("names-then-verb", "During the exchange of fire, two soldiers, Sepoy Abdul Rauf, aged 24, and Lance Naik Imtiaz Ali, aged 31, embraced shahadat.", "two soldiers", K, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("names-then-verb-short", "Two journalists, Ali Khan and Omar Said, were killed in the strike.", "Two journalists", K, 2, 2, 2, EXACT, OTHER),
  QUIET_ ("names-then-other-verb", "Two soldiers, Sepoy Abdul Rauf, aged 24, and Naik Ali, aged 31, guarded the post where 3 people died.", "Two"),
  FIG ("teenage-sons", "Gunmen killed a farmer and his two teenage sons.", "two teenage sons", K, 2, 2, 2, EXACT, CHILDREN),
  FIG ("of-them-teenage-boys", "Five people were killed, two of them teenage boys.", "two of them teenage boys", K, 2, 2, 2, EXACT, CHILDREN),
  FIG ("kin-nephews", "Among the dead were his two nephews, the family said.", "his two nephews", K, 2, 2, 2, EXACT, PEOPLE),
  FIG ("of-those-taken", "Gunmen abducted 67 people. He said 19 of those taken were women.", "19 of those taken were women", D, 19, 19, 19, EXACT, WOMEN),
  FIG ("of-them-object-before", "The army said it had struck a gathering of KIA terrorists and killed about 20 of them.", "killed about 20 of them", K, 20, DIPTYCH_NO_NUMBER, DIPTYCH_NO_NUMBER, APPROX, FIGHTERS),
  FIG ("lost-with-more-wounded", "The brigade said it had lost four soldiers, with 12 more wounded, in a drone strike.", "12 more wounded", I, 12, 12, 12, EXACT, SOLDIERS),
  FIG ("lost-officers-with-wounded", "The border service said it had lost two of its officers, with five wounded.", "five wounded", I, 5, 5, 5, EXACT, SOLDIERS),
  FIG ("of-them-went-after", "Army spokesman Maj. Daniel Lemukol said soldiers tracking the attackers had killed three of them and recovered two assault rifles.", "killed three of them", K, 3, 3, 3, EXACT, FIGHTERS),
  FIG ("of-them-went-after-towards", "Maj Peter Mugisha said troops pursuing the attackers towards the Congo border had killed two of them.", "killed two of them", K, 2, 2, 2, EXACT, FIGHTERS),
  FIG ("of-them-subject-went-nowhere", "Residents said the gunmen had killed 12 of them.", "killed 12 of them", K, 12, 12, 12, EXACT, PEOPLE),
  FIG ("its-members-armed-group", "A spokesman for the group said the peacekeepers had fired first, killing a dozen of its members.", "killing a dozen of its members", K, 12, 12, 12, EXACT, FIGHTERS),
  FIG ("its-members-federation", "The federation said that 10 of its members had been missing since the police operation.", "10 of its members had been missing", M, 10, 10, 10, EXACT, PEOPLE),
  FIG ("left-the-village", "A resident said \u201cdozens\u201d of families had left the village for Raqqa.", "dozens\u201d of families had left the village", X, DIPTYCH_NO_NUMBER, 12, DIPTYCH_NO_NUMBER, VAGUE, PEOPLE),
  FIG ("left-the-city-aside", "Several hundred people, they said, had left the city for Kabul since Friday.", "Several hundred people", X, DIPTYCH_NO_NUMBER, 300, DIPTYCH_NO_NUMBER, VAGUE, PEOPLE),
  FIG ("predicate-noun-before-noun", "The toll rose to 32. At least three of the dead were migrant workers.", "At least three of the dead were migrant workers", K, 3, 3, DIPTYCH_NO_NUMBER, AT_LEAST, OTHER),
  FIG ("lost-only", "Supporters said they had lost only two or three fighters.", "lost only two or three fighters", K, DIPTYCH_NO_NUMBER, 2, 3, RANGE, FIGHTERS),
  FIG ("carried-patients", "A trauma centre said it had admitted 23 patients, six of whom had died during surgery.", "admitted 23 patients", I, 23, 23, 23, EXACT, PEOPLE),
  FIG ("received-patients", "The hospital had received 40 patients, most of them women.", "received 40 patients", I, 40, 40, 40, EXACT, PEOPLE),
  QUIET_ ("admitted-patients-illness", "Hospitals have admitted upwards of 4,000 patients with heatstroke since 3 July.", "4,000"),
  FIG ("murder-of", "Calling the murder of 64 people a violation insults the families, she said.", "murder of 64 people", K, 64, 64, 64, EXACT, PEOPLE),
  FIG ("taken-shelter", "Nearly 1,800 persons had taken shelter in 12 relief camps by Tuesday evening.", "Nearly 1,800 persons had taken shelter", X, 1800, DIPTYCH_NO_NUMBER, 1800, AT_MOST, PEOPLE),
  FIG ("left-named-areas", "Residents said hundreds of families had left the Hawelti and Adi Haki areas for relatives' homes.", "hundreds of families had left the Hawelti and Adi Haki areas", X, DIPTYCH_NO_NUMBER, 100, DIPTYCH_NO_NUMBER, VAGUE, PEOPLE),
  FIG ("seizing-pupils", "Gunmen stormed the village, seizing 61 pupils from their classrooms.", "seizing 61 pupils", D, 61, 61, 61, EXACT, CHILDREN),
  FIG ("bodies-of-neighbours", "A villager said he had pulled the bodies of three neighbours from the rubble.", "bodies of three neighbours", K, 3, 3, 3, EXACT, CIVILIANS),
  FIG ("occupiers", "Ukrainian defenders killed 124 occupiers on this axis alone.", "killed 124 occupiers", K, 124, 124, 124, EXACT, SOLDIERS),
  FIG ("disappearance-of", "The state has been a byword for violence since the 2014 disappearance of 43 students from the college.", "disappearance of 43 students", M, 43, 43, 43, EXACT, PEOPLE),
  FIG ("grandsons", "Two little grandsons were killed in the strike.", "Two little grandsons were killed", K, 2, 2, 2, EXACT, CHILDREN),
  FIG ("families-from-villages-fled", "The governor said about 1,200 families from three villages had fled to evacuation centers.", "about 1,200 families from three villages had fled", X, 1200, DIPTYCH_NO_NUMBER, DIPTYCH_NO_NUMBER, APPROX, PEOPLE),
  FIG ("live-in-shelters", "Hundreds of families still live in temporary shelters, according to a task force.", "Hundreds of families still live in temporary shelters", X, DIPTYCH_NO_NUMBER, 100, DIPTYCH_NO_NUMBER, VAGUE, PEOPLE),
  QUIET_ ("live-in-village", "About 300 families live in the village.", "300"),
  FIG ("remain-in-captivity", "Nineteen of the children escaped, but 42 pupils and both teachers remain in captivity.", "42 pupils and both teachers remain in captivity", D, 42, 42, 42, EXACT, CHILDREN),
  FIG ("and-noun-then-aside", "More than 120 men and boys, some as young as 15, were detained in the raids.", "More than 120 men and boys", D, 120, 120, DIPTYCH_NO_NUMBER, AT_LEAST, MEN),
  FIG ("crossed-bridge-into", "Thai authorities said around 3,000 people had crossed the Friendship Bridge and the river into Mae Sot on Tuesday.", "around 3,000 people had crossed the Friendship Bridge and the river into Mae Sot", X, 3000, DIPTYCH_NO_NUMBER, DIPTYCH_NO_NUMBER, APPROX, PEOPLE),
  QUIET_ ("crossed-into-soldiers-town", "About 40 soldiers crossed the river into the town.", "40"),
  FIG ("name-age-origin-aside", "Hezbollah said that one of its fighters, Ali Hassan Fakih, 29, from the town of Kfar Roummane, had been killed.", "one of its fighters", K, 1, 1, 1, EXACT, FIGHTERS),
  FIG ("predicate-farmers-relative", "Police said 12 Maoists were killed. Villagers said two or three of the dead were farmers who had gone to collect flowers.", "two or three of the dead were farmers", K, DIPTYCH_NO_NUMBER, 2, 3, RANGE, OTHER),
  FIG ("forced-from-places-to-flee", "The fighting had forced almost 1,200 people from rural areas of the municipality to flee toward the town.", "forced almost 1,200 people from rural areas of the municipality to flee", X, 1200, DIPTYCH_NO_NUMBER, 1200, AT_MOST, PEOPLE),
  FIG ("forced-relative-to-flee", "The attack has forced an estimated 12,000 people who had been living in the site to flee once again.", "forced an estimated 12,000 people who had been living in the site to flee", X, 12000, DIPTYCH_NO_NUMBER, DIPTYCH_NO_NUMBER, APPROX, PEOPLE),
  FIG ("forced-vague-to-flee", "Junta air strikes on Hakha kill civilians, force thousands to flee", "force thousands to flee", X, N, 1000, N, VAGUE, PEOPLE),
  FIG ("headline-present-flee", "Thousands flee to Ouallam\n\nThe agency said the town was full.", "Thousands flee", X, N, 1000, N, VAGUE, PEOPLE),
  FIG ("present-flee-each-day", "More than 300 people flee each day, officials said.", "More than 300 people flee", X, 300, 300, N, AT_LEAST, PEOPLE),
  QUIET_ ("tried-to-flee", "Two suspects tried to flee on foot, the police said.", "Two suspects"),
  FIG ("arrived-in", "UNHCR reports that an estimated 7,000 people have arrived in Adré since 4 November.", "an estimated 7,000 people have arrived in", X, 7000, N, N, APPROX, PEOPLE),
  FIG ("arrived-no-noun", "More than 9,000 have arrived in Mellit, where they are sheltering in schools.", "More than 9,000 have arrived in", X, 9000, 9000, N, AT_LEAST, PEOPLE),
  FIG ("arrived-since", "A humanitarian worker estimated that as many as 3,000 people had arrived since Saturday.", "as many as 3,000 people had arrived since", X, 3000, N, 3000, AT_MOST, PEOPLE),
  QUIET_ ("soldiers-arrived-since", "Some 500 soldiers had arrived since Monday.", "500"),
  QUIET_ ("soldiers-arrived", "Some 500 soldiers have arrived in the town to reinforce the garrison.", "500"),
  QUIET_ ("arrived-in-vehicles", "The gunmen arrived in around 40 pickup trucks and opened fire.", "40"),
  FIG ("had-held-young-men", "He said troops had held between 20 and 30 young men in a school courtyard until midday.", "held between 20 and 30 young men", D, N, 20, 30, RANGE, MEN),
  QUIET_ ("hall-had-held-people", "The hall had held 300 people before the fire.", "300"),
  FIG ("including-without-commas", "At least nine people including six policemen were killed in the blast.", "At least nine people", K, 9, 9, N, AT_LEAST, PEOPLE),
  PART_ ("including-without-commas-part", "At least nine persons including six personnel of the Balochistan Levies Force embraced shahadat while 17 others were injured.", "six personnel of the Balochistan Levies Force embraced shahadat", "At least nine persons"),
  FIG ("others-with-the-same-fate", "An estimated 7,400 people have fled to three sites in the town, and about 1,200 others have fled across the river.", "about 1,200 others have fled", X, 1200, N, N, APPROX, PEOPLE),
  QUIET_ ("others-after-things", "The army destroyed three tanks, capturing two others.", "two others"),
  FIG ("cases-of-abduction", "Protection monitors recorded 17 cases of abduction and 23 cases of sexual violence between 2 and 12 October.", "17 cases of abduction", D, 17, 17, 17, EXACT, PEOPLE),
  QUIET_ ("cases-of-cholera", "Health workers recorded 40 cases of cholera in the camp.", "40"),
  FIG ("also-reported-to-have-fled", "Between 5,000 and 7,000 people are also reported to have fled towards Kalima and Punia.", "Between 5,000 and 7,000 people are also reported to have fled", X, N, 5000, 7000, RANGE, PEOPLE),
  FIG ("staff-had-been-taken", "The charity confirmed in a statement that two of its staff had been taken and said it had suspended its programmes.", "two of its staff had been taken", D, 2, 2, 2, EXACT, OTHER),
  FIG ("taken-to-hospital-not-taken", "Four soldiers had been taken to hospital.", "Four soldiers had been taken to hospital", I, 4, 4, 4, EXACT, SOLDIERS),
  FIG ("one-mujahid", "One mujahid was martyred in the operation, he said.", "One mujahid was martyred", K, 1, 1, 1, EXACT, FIGHTERS),
  FIG ("taken-by-the-armed-groups", "\"We have received reports of at least 23 minors taken by the armed groups since January,\" she said.", "at least 23 minors taken by the armed groups", D, 23, 23, N, AT_LEAST, CHILDREN),
  FIG ("commandos", "Two commandos suffered bullet injuries and were airlifted to Nagpur.", "Two commandos suffered bullet injuries", I, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("members-of-their-armed-wings", "The army killed three militants. Militant groups said that two of the dead were members of their armed wings.", "two of the dead were members of their armed wings", K, 2, 2, 2, EXACT, FIGHTERS),
  FIG ("members-of-a-named-cell", "Islamic Emirate forces had killed 3 members of a Khawarij cell in a raid.", "killed 3 members of a Khawarij cell", K, 3, 3, 3, EXACT, FIGHTERS),
  FIG ("members-of-a-cell", "Forces killed 3 members of a cell in Bangi district.", "killed 3 members of a cell", K, 3, 3, 3, EXACT, FIGHTERS),
  FIG ("opens-with-a-part-of-the-figure-before", "Since Tuesday, our teams at the hospital have received 47 wounded people. Twenty-two are children under 15 years of age.", "Twenty-two are children", I, 22, 22, 22, EXACT, CHILDREN),
  PART_ ("opens-with-a-part-of-the-figure-before-part", "Gunmen killed five people on Sunday. Three were civilians.", "Three were civilians", "killed five people"),
  QUIET_ ("opens-with-more-than-the-figure-before", "Gunmen killed two people on Sunday. Three were civilians.", "Three"),
  FIG ("briefly-held-by-armed-men", "On 18 October two humanitarian workers were briefly held by armed men before being released the same day.", "two humanitarian workers were briefly held by armed men", D, 2, 2, 2, EXACT, OTHER),
  QUIET_ ("meeting-held-by-the-army", "The meeting was held by the army in Goma with 40 elders.", "40"),
  FIG ("weekday-then-number-word", "On Monday two people were killed in the market.", "two people were killed", K, 2, 2, 2, EXACT, PEOPLE),
  FIG ("date-then-number-word", "On October 18 two people were killed in the market.", "two people were killed", K, 2, 2, 2, EXACT, PEOPLE),
  FIG ("month-then-number-then-noun", "In October 18 people were killed in the district.", "18 people were killed", K, 18, 18, 18, EXACT, PEOPLE),
  QUIET_ ("month-then-day", "The attack on October 18 killed 12 people.", "18"),
  FIG ("weekday-then-digits", "On Monday 14 aid workers were killed in the convoy.", "14 aid workers were killed", K, 14, 14, 14, EXACT, OTHER),
  FIG ("weekday-day-month-then-number", "On Monday 14 October 12 people were killed.", "12 people were killed", K, 12, 12, 12, EXACT, PEOPLE),
  FIG ("opens-with-killed-were", "Killed were two women and a child, the police said.", "Killed were two women", K, 2, 2, 2, EXACT, WOMEN),
  PART_ ("opens-with-killed-were-part", "The attack killed nine people. Killed were two women and four children.", "four children", "killed nine people"),
  FIG ("two-names-with-a-slash", "The ministry said its forces had killed 17 PKK/YPG terrorists in retaliatory strikes.", "killed 17 PKK/YPG terrorists", K, 17, 17, 17, EXACT, FIGHTERS),
  FIG ("two-names-with-a-slash-subject", "Some 62 AFC/M23 combatants were killed in the fighting, the army said.", "Some 62 AFC/M23 combatants were killed", K, 62, N, N, APPROX, FIGHTERS),
  FIG ("rescued-those-abducted", "The army said troops had rescued 17 women and children abducted in the raid.", "17 women and children abducted", D, 17, 17, 17, EXACT, WOMEN),
  QUIET_ ("released-five-of-the-villagers", "The soldiers later released five of the villagers.", "five"),
  FIG ("reached-displacement-sites", "Of these, about 16,000 have arrived in Mongbwalu town, while some 11,000 have reached displacement sites around Bunia.", "some 11,000 have reached displacement sites", X, 11000, N, N, APPROX, PEOPLE),
  FIG ("carried-bare-count-after-wounded", "Our team received 37 wounded people, 16 of them children. Eleven had to be carried on stretchers to a field hospital.", "Eleven", I, 11, 11, 11, EXACT, PEOPLE),
  PART_ ("carried-bare-count-after-wounded-part", "Our team received 37 wounded people, 16 of them children. Eleven had to be carried on stretchers to a field hospital.", "Eleven", "37 wounded people"),
  FIG ("flown-bare-count-after-wounded", "He said 34 wounded had been brought in. Six were later flown to Peshawar, he said.", "Six", I, 6, 6, 6, EXACT, PEOPLE),
  QUIET_ ("sent-bare-count-after-arrested", "Police arrested 40 people. Six were later sent to Kano.", "Six"),
  PART_ ("and-count-past-attribution-part", "The attack killed 13 people. Nine of those killed were employees of the company, it said, and four were children.", "four were children", "killed 13 people"),
  PART_ ("and-others-past-attribution-part", "The centre has treated 57 wounded. Four of the wounded have died, she said, and 11 others were taken to the provincial hospital.", "11 others", "57 wounded"),
  QUIET_ ("and-count-with-noun-past-attribution", "Twenty-one people have been killed since October, Moreno said, and 2,600 people in 22 communities are confined.", "2,600"),
  FIG ("transferred-to-hospitals", "Four were later transferred to hospitals in Gaziantep province for treatment, it added.", "Four were later transferred to hospitals", I, 4, 4, 4, EXACT, PEOPLE),
  FIG ("evacuated-not-to-hospital", "About 300 villagers were evacuated on Sunday.", "About 300 villagers were evacuated", X, 300, N, N, APPROX, CIVILIANS),
  FIG ("were-among-the-victims", "The blast wounded 40 people. Six children were among the victims.", "Six children were among the victims", I, 6, 6, 6, EXACT, CHILDREN),
  PART_ ("were-among-the-victims-part", "The strike killed 20 people. Nine members of one family were among the victims.", "Nine members of one family were among the victims", "killed 20 people"),
  QUIET_ ("among-the-victims-with-no-figure-before", "Nine members of one family were among the victims.", "Nine"),
  FIG ("whole-of-a-vague-part", "The blast wounded 120 people. Most of the 120 wounded were women.", "120 wounded", I, 120, 120, 120, EXACT, PEOPLE),
  PART_ ("of-them-after-a-sentence-a-part-opens", "The strikes killed 74 people and wounded 119. Four of the dead were killed when a guided bomb hit an apartment building, the governor said. Two of them were pensioners in their 80s, he said.", "Two of them", "Four of the dead"),
  PART_ ("of-them-after-a-part-after-a-comma", "Our team received 26 wounded people that afternoon, 17 of them with gunshot wounds. Four of them died.", "Four of them died", "26 wounded people"),
  FIG ("beaten-or-hacked-to-death", "Twelve people were killed, five of whom were beaten or hacked to death.", "five of whom were beaten or hacked to death", K, 5, 5, 5, EXACT, PEOPLE),
  FIG ("beaten-or-shot", "Three people were beaten or shot.", "Three people were beaten", I, 3, 3, 3, EXACT, PEOPLE),
  FIG ("one-member-sacrificed-his-life", "One member of the security forces sacrificed his life.", "One member of the security forces sacrificed his life", K, 1, 1, 1, EXACT, SOLDIERS),
  FIG ("gone-into-hiding", "Dozens more had gone into hiding.", "Dozens more had gone into hiding", X, N, 12, N, VAGUE, PEOPLE),
  FIG ("freed-those-held-by-armed-men", "The governor said the forces had also freed 19 civilians who had been held by the Khawarij for months.", "19 civilians who had been held", D, 19, 19, 19, EXACT, CIVILIANS),
  FIG ("fate-remained-unknown", "The fate of 20 to 25 other soldiers remained unknown on Monday evening, the official added.", "20 to 25 other soldiers remained unknown", M, N, 20, 25, RANGE, SOLDIERS),
  QUIET_ ("fate-of-the-talks", "The fate of 20 villages remained under discussion.", "20"),
  FIG ("headline-outcome-before-a-paragraph", "Haiti gangs kill dozens in Carrefour as thousands flee\n\nGang members have killed at least 42 people in a wave of attacks.", "thousands flee", X, N, 1000, N, VAGUE, PEOPLE),
  FIG ("of-them-before-a-paragraph", "The army said it killed 30 of them\n\nResidents said the soldiers fled.", "killed 30 of them", K, 30, 30, 30, EXACT, PEOPLE),
  FIG ("put-losses-at", "He put Russian losses in the sector over the same period at 74 killed and 119 wounded.", "119 wounded", I, 119, 119, 119, EXACT, SOLDIERS),
  FIG ("losses-in-another-clause", "The losses were heavy, and the toll stood at 12.", "the toll stood at 12", K, 12, 12, 12, EXACT, PEOPLE),
  FIG ("herders-by-their-trade", "Gunmen on motorbikes shot dead eight herders near the river.", "shot dead eight herders", K, 8, 8, 8, EXACT, OTHER),
  FIG ("treated-for-a-list-of-wounds", "Medical teams have treated 96 people for gunshot, machete and burn wounds at the hospital.", "treated 96 people", I, 96, 96, 96, EXACT, PEOPLE),
  QUIET_ ("treated-for-a-list-of-illnesses", "The clinic treated more than 1,100 patients, mostly for diarrhoea, malaria and respiratory infections.", "1,100"),
  FIG ("make-supreme-sacrifice", "Three terrorists killed in Anantnag encounter; two soldiers make supreme sacrifice", "two soldiers make supreme sacrifice", K, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("aside-after-a-long-name", "He said 20 auxiliaries from the Volunteers for the Defense of the Homeland, a civilian militia that fights alongside the army, were killed.", "20 auxiliaries", K, 20, 20, 20, EXACT, SOLDIERS),
  QUIET_ ("coordinated-with-a-verb-of-its-own-past-of", "In 2023, cadres shot dead two labourers at a brick kiln, and over 150 militants of the outfit have surrendered since 2021, according to police data.", "150"),
  FIG ("mother-of-four-whose", "\"Our children were taken,\" said Nyibol Akec, a mother of four whose two daughters, aged 9 and 12, were among those abducted.", "two daughters", D, 2, 2, 2, EXACT, CHILDREN),
  QUIET_ ("clause-about-another-noun", "\"We have two surgeons for a hospital that is receiving more wounded in a day than it usually sees in a month,\" she said.", "two"),
  FIG ("people-that-were-killed", "The two men that were killed in the raid were farmers.", "two men that were killed", K, 2, 2, 2, EXACT, MEN),
  FIG ("clause-about-another-noun-then-verb", "Three soldiers guarding a checkpoint that was attacked were killed.", "Three soldiers guarding a checkpoint that was attacked were killed", K, 3, 3, 3, EXACT, SOLDIERS),
  FIG ("bodies-of-civilians", "Rescuers recovered 17 bodies of civilians from the river.", "17 bodies of civilians", K, 17, 17, 17, EXACT, CIVILIANS),
  FIG ("quoted-quantity-single-quotes", "The group claimed its cadres had killed ‘at least five’ soldiers.", "killed ‘at least five’ soldiers", K, 5, 5, N, AT_LEAST, SOLDIERS),
  FIG ("unit-number-in-a-name-then-aside", "Two soldiers of the Army’s 19 Rashtriya Rifles, Havildar Sunil Thapa and Sepoy Rakesh Kumar, made the supreme sacrifice during the operation.", "Two soldiers", K, 2, 2, 2, EXACT, SOLDIERS),
  PART_ ("among-the-patients", "Medical teams have treated 96 people for gunshot and burn wounds. Among the patients are 31 children and 22 women.", "22 women", "treated 96 people"),
  QUIET_ ("among-the-patients-with-no-hurt-before", "The clinic opened in May. Among the patients are 31 children.", "31"),
  PART_ ("of-the-patients", "Teams have treated 73 wounded people in five days, the organisation said today. At least 19 of the patients are children.", "At least 19 of the patients are children", "73 wounded people"),
  QUIET_ ("of-the-patients-with-no-hurt-before", "The clinic opened in May. At least 19 of the patients are children.", "19"),
  FIG ("joined-after-a-predicate-part", "Teams have treated 73 wounded people in five days. At least 19 of the patients are children, and 11 arrived with gunshot wounds.", "11 arrived with gunshot wounds", I, 11, 11, 11, EXACT, PEOPLE),
  FIG ("one-community-health-worker", "One MUI community health worker was killed on 25 February.", "One MUI community health worker was killed", K, 1, 1, 1, EXACT, OTHER),
  FIG ("held-for-48-hours", "One aid worker from a national NGO was held for 48 hours before being released.", "One aid worker from a national NGO was held for 48 hours", D, 1, 1, 1, EXACT, OTHER),
  QUIET_ ("elders-held-talks-for-two-hours", "The 40 elders held talks for two hours.", "40"),
  FIG ("told-outlet-the-dead-were", "A relative told AFP the dead were a couple, their three children and two grandparents.", "their three children", K, 3, 3, 3, EXACT, CHILDREN),
  FIG ("heroes-of-our-armed-forces", "Three heroes of our armed forces were martyred in the attack, the command said.", "Three heroes of our armed forces were martyred", K, 3, 3, 3, EXACT, SOLDIERS),
  FIG ("quoted-wazalendo", "The army said it had killed “more than 100” Wazalendo in the fighting.", "killed “more than 100” Wazalendo", K, 100, 100, N, AT_LEAST, FIGHTERS),
  FIG ("campesinos", "Gunmen killed at least seven campesinos in the village.", "killed at least seven campesinos", K, 7, 7, N, AT_LEAST, CIVILIANS),
  FIG ("grandparents", "The dead were a couple, their three children and two grandparents, a relative said.", "two grandparents", K, 2, 2, 2, EXACT, PEOPLE),
  FIG ("had-left-in-the-past-month", "The administration said nearly 2,500 residents had left in the past month, leaving about 40,000.", "nearly 2,500 residents had left", X, 2500, N, 2500, AT_MOST, CIVILIANS),
  FIG ("had-arrived-from", "Aid workers said some 4,000 people had arrived from Tougouri since Saturday.", "some 4,000 people had arrived from", X, 4000, N, N, APPROX, PEOPLE),
  QUIET_ ("soldiers-arrived-from", "The army said 300 soldiers had arrived from the capital.", "300"),
  QUIET_ ("had-left-a-city", "About 200 residents had left in Kyiv.", "200"),
  FIG ("named-list-with-residences", "During the exchange of fire, two soldiers, Naik Sher Ali, 29, a resident of Kohat, and Sepoy Imran Khan, 23, a resident of Sargodha, having fought gallantly, embraced shahadat.", "two soldiers", K, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("fell-with-arms-in-hand", "Unfortunately, nine of our valiant soldiers, including six VDP, fell with arms in hand, and 17 others were wounded, the General Staff said.", "nine of our valiant soldiers", K, 9, 9, 9, EXACT, SOLDIERS),
  FIG ("held-without-charge", "His cousin is among more than 3,000 Palestinians held without charge or trial, according to the rights group.", "more than 3,000 Palestinians held without charge", D, 3000, 3000, N, AT_LEAST, PEOPLE),
  FIG ("from-qualified-number-of-villages", "A councillor told dpa that some 2,500 people from at least six villages around Inates had fled there since Wednesday.", "some 2,500 people from at least six villages around Inates had fled", X, 2500, N, N, APPROX, PEOPLE),
  FIG ("took-kin", "\"They took my two sons, and we have heard nothing from them since,\" he said.", "took my two sons", D, 2, 2, 2, EXACT, MEN),
  FIG ("taken-from", "Armed men had taken two boys from the farm next to ours.", "taken two boys", D, 2, 2, 2, EXACT, CHILDREN),
  QUIET_ ("took-to-safety", "Volunteers took 14 residents to safety on Monday.", "14"),
  FIG ("not-been-found", "\"We have lost nearly 30 soldiers, and several others have not been found,\" he said.", "several others have not been found", M, DIPTYCH_NO_NUMBER, 3, DIPTYCH_NO_NUMBER, VAGUE, SOLDIERS),
  FIG ("rescued-abducted-by", "Troops had rescued 17 persons abducted by the terrorists during the raid.", "17 persons abducted", D, 17, 17, 17, EXACT, PEOPLE),
  FIG ("carted-away", "He said the insurgents had also carted away between 20 and 25 young men.", "carted away between 20 and 25 young men", D, DIPTYCH_NO_NUMBER, 20, 25, RANGE, MEN),
  FIG ("wounded-then-date-range", "The hospital reports that it received 52 wounded between 6 and 12 May.", "52 wounded", I, 52, 52, 52, EXACT, PEOPLE),
  PART_ ("including-bare-number", "Our Office has documented at least 412 civilian deaths in the region, including 96 attributed to the armed forces.", "96", "at least 412 civilian deaths"),
  QUIET_ ("bare-number-no-whole", "Troops fired on the crowd, including 96 attributed to the armed forces.", "96"),
  PART_ ("including-unknown-noun", "This year, 27 terrorists, including 9 foreigners, have been killed in 14 encounters.", "9 foreigners", "27 terrorists"),
  QUIET_ ("unknown-noun-no-breakdown", "Officials said 9 auditors arrived in the town on Monday.", "9 auditors"),
  FIG ("taken-from-village-name", "A church source said at least eight girls, the youngest aged 12, had been taken from Lichengue.", "at least eight girls", D, 8, 8, DIPTYCH_NO_NUMBER, AT_LEAST, CHILDREN),
  QUIET_ ("taken-from-place-to-place", "Officials said 12 villagers were taken from Lichengue to Pemba by bus.", "12"),
  QUIET_ ("population-swollen", "Its population has swollen to nearly 70,000 as people uprooted from villages sought shelter there.", "70,000"),
  FIG ("beheading", "Fighters attacked nine villages, beheading at least 11 civilians and burning 300 homes.", "beheading at least 11 civilians", K, 11, 11, DIPTYCH_NO_NUMBER, AT_LEAST, CIVILIANS),
  FIG ("children-under-five", "Since the start of the month, four children under five have died of malnutrition.", "four children under five have died", K, 4, 4, 4, EXACT, CHILDREN),
  QUIET_ ("cfa-francs", "The kidnappers demanded more than 5 million CFA francs per captive.", "5 million"),
  QUIET_ ("speaker-not-figure", "\"Ten to 12 of the wounded are in a very bad condition,\" one doctor, who asked not to be named, told the BBC.", "one doctor"),
  QUIET_ ("strikes-on-fleeing", "The army carried out several strikes on fleeing columns of assailants.", "several"),
  FIG ("moved-out", "Residents said hundreds of families had since moved out of Turbi.", "hundreds of families had since moved out", X, DIPTYCH_NO_NUMBER, 100, DIPTYCH_NO_NUMBER, VAGUE, PEOPLE),
  FIG ("in-the-hands-of", "17 villagers are in the hands of the kidnappers.", "17 villagers are in the hands of", D, 17, 17, 17, EXACT, CIVILIANS),
  QUIET_ ("search-for-attackers", "The search for the remaining one or two terrorists was continuing, police sources said.", "one or two terrorists"),
  FIG ("search-for-missing", "Rescuers kept up the search for 12 missing miners.", "12 missing miners", M, 12, 12, 12, EXACT, OTHER),
  FIG ("of-phrase-then-relative", "Two employees of the municipal water utility who had been repairing a damaged pipeline were among the injured, he said.", "Two employees of the municipal water utility who had been repairing a damaged pipeline were among the injured", I, 2, 2, 2, EXACT, OTHER),
  FIG ("dead-also-included", "The commissioner said that the dead also included seven civilians, most of them fishermen.", "seven civilians", K, 7, 7, 7, EXACT, CIVILIANS),
  QUIET_ ("treated-for-illness", "The mobile clinics have treated more than 1,100 patients, mostly for diarrhoea and respiratory infections.", "1,100"),
  FIG ("treated-for-wounds", "The hospital treated 40 people for gunshot wounds.", "treated 40 people", I, 40, 40, 40, EXACT, PEOPLE),
  FIG ("whisked-away", "Dankano said 14 persons, mostly women and children, were whisked away to an unknown destination.", "14 persons", D, 14, 14, 14, EXACT, PEOPLE),
  FIG ("without-a-roof", "More than 600 shelters were burnt, leaving some 3,500 people without a roof over their heads.", "some 3,500 people without a roof over their heads", X, 3500, DIPTYCH_NO_NUMBER, DIPTYCH_NO_NUMBER, APPROX, PEOPLE),
  FIG ("name-in-brackets-then-and", "Six jawans of the District Reserve Guard (DRG) and their civilian driver were killed on Tuesday.", "Six jawans of the District Reserve Guard (DRG) and their civilian driver were killed", K, 6, 6, 6, EXACT, SOLDIERS),
  FIG ("other-unknown-noun-relative", "Two other farmers who were working on an adjacent plot are still missing, the spokesperson added.", "Two other farmers who were working on an adjacent plot are still missing", M, 2, 2, 2, EXACT, OTHER),
  FIG ("among-them-after-outcome-noun", "The hospital received 46 bodies and more than 70 wounded. \u201cMost of the dead are young men, but there are at least five boys among them,\u201d he said.", "at least five boys", K, 5, 5, DIPTYCH_NO_NUMBER, AT_LEAST, CHILDREN),
  PART_ ("among-them-after-outcome-noun-part", "The hospital received 46 bodies and more than 70 wounded. \u201cMost of the dead are young men, but there are at least five boys among them,\u201d he said.", "at least five boys", "46 bodies"),
  FIG ("were-among-them", "The hospital received 46 bodies. At least five boys were among them.", "At least five boys", K, 5, 5, DIPTYCH_NO_NUMBER, AT_LEAST, CHILDREN),
  FIG ("possessive-noun-before-number", "We buried my brother's two daughters this morning.", "two daughters", K, 2, 2, 2, EXACT, CHILDREN),
  FIG ("possessive-name-before-number", "Gunmen abducted Ahmed's three sons on Friday.", "three sons", D, 3, 3, 3, EXACT, MEN),
  FIG ("taken-prisoner-around-noun", "Its forces had taken six Armenian soldiers prisoner after they crossed the line.", "six Armenian soldiers prisoner", D, 6, 6, 6, EXACT, SOLDIERS),
  FIG ("took-hostage-around-noun", "Gunmen took 27 passengers hostage on the highway.", "27 passengers hostage", D, 27, 27, 27, EXACT, PEOPLE),
  QUIET_ ("prisoners-freed", "The 12 prisoners were freed on Monday.", "12"),
  FIG ("remain-in-detention", "At least 35 people remain in pre-trial detention on charges of rioting.", "At least 35 people remain in pre-trial detention", D, 35, 35, DIPTYCH_NO_NUMBER, AT_LEAST, PEOPLE),
  FIG ("whereabouts-unknown", "The whereabouts of four others are unknown.", "whereabouts of four others", M, 4, 4, 4, EXACT, PEOPLE),
  FIG ("unable-to-locate", "Relatives said they had been unable to locate at least 35 people.", "unable to locate at least 35 people", M, 35, 35, DIPTYCH_NO_NUMBER, AT_LEAST, PEOPLE),
  FIG ("crossed-the-border", "Some 8,000 Rohingya had crossed the border from Myanmar in the past month.", "Some 8,000 Rohingya had crossed the border", X, 8000, DIPTYCH_NO_NUMBER, DIPTYCH_NO_NUMBER, APPROX, PEOPLE),
  FIG ("registered-as-refugees", "About 2,500 Chadians had registered as refugees in Cameroon.", "About 2,500 Chadians had registered as refugees", X, 2500, DIPTYCH_NO_NUMBER, DIPTYCH_NO_NUMBER, APPROX, PEOPLE),
  FIG ("hospital-treated", "The hospital said it had treated 26 people, the majority for head wounds.", "treated 26 people", I, 26, 26, 26, EXACT, PEOPLE),
  FIG ("hospital-admitted-passive", "The regional hospital said nine people had been admitted.", "nine people had been admitted", I, 9, 9, 9, EXACT, PEOPLE),
  QUIET_ ("hospital-admitted-active", "Hospitals have admitted upwards of 4,000 patients since the war began.", "4,000"),
  FIG ("singular-noun-before-group", "Two volunteer rangers were killed in the ambush.", "Two volunteer rangers were killed", K, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("bystanders-civilians", "Two of the dead were bystanders.", "Two of the dead", K, 2, 2, 2, EXACT, CIVILIANS),
  FIG ("hosts-refugees", "Chad hosts more than 1.2 million refugees, most of them from Sudan.", "hosts more than 1.2 million refugees", X, 1200000, 1200000, DIPTYCH_NO_NUMBER, AT_LEAST, PEOPLE),
  QUIET_ ("hosted-things", "The city hosted 3 conferences last year.", "3"),
  FIG ("evacuation-center", "The office said about 900 people were still living in an evacuation center at a school.", "about 900 people were still living in an evacuation center", X, 900, DIPTYCH_NO_NUMBER, DIPTYCH_NO_NUMBER, APPROX, PEOPLE),
  FIG ("relief-camps", "About 1,200 people are staying in 11 relief camps.", "About 1,200 people are staying in 11 relief camps", X, 1200, DIPTYCH_NO_NUMBER, DIPTYCH_NO_NUMBER, APPROX, PEOPLE),
  FIG ("armed-group-initials", "Troops neutralized 54 DI members in the clashes.", "neutralized 54 DI members", K, 54, 54, 54, EXACT, FIGHTERS),
  FIG ("agency-initials-not-armed", "Three UN members were killed in the attack.", "Three UN members were killed", K, 3, 3, 3, EXACT, PEOPLE),
  FIG ("among-the-victims", "We have verified 16 deaths. Among the victims are two boys aged 15 and 16.", "Among the victims are two boys", K, 2, 2, 2, EXACT, CHILDREN),
  QUIET_ ("count-of-villages", "A local official said residents of at least six villages had fled towards the town.", "six"),
  FIG ("residents-of-villages", "She said 1,200 residents of 14 border villages had been moved to schools.", "1,200 residents of 14 border villages had been moved to", X, 1200, 1200, 1200, EXACT, CIVILIANS),
  QUIET_ ("according-to-them", "Between 200 and 300 people were kept in a sports hall, according to four of them.", "four"),
  QUIET_ ("of-them-of-a-count", "The charity employs 140 staff in the country, 12 of them in Toamasina.", "12"),
  FIG ("of-them-of-a-count-outcome", "Hospitals have admitted 4,000 patients with heatstroke, and around 230 of them have died.", "around 230 of them have died", K, 230, DIPTYCH_NO_NUMBER, DIPTYCH_NO_NUMBER, APPROX, PEOPLE),
  FIG ("the-dead-included-after-other-outcome", "The ministry said 300 people had fled. A spokesman told Reuters the dead included four civilians.", "four civilians", K, 4, 4, 4, EXACT, CIVILIANS),
  QUIET_ ("possessive-noun-things", "Shelling killed 12 people and damaged the hospital's two generators.", "two generators"),
  /* sources */
  SRC ("preposition-which-clause", "It was a drive under which the army says it has recovered 1,500 firearms.", "the army", DIPTYCH_SOURCE_MILITARY),
  SRC ("indicated-that", "The regional director of health, Dr Aminata Keita, indicated that the hospital had received 19 wounded.", "The regional director of health, Dr Aminata Keita", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("inverted-possessed-title-after-clause", "The regional hospital in Agadez received 23 wounded people, soldiers and miners among them, said its director, Dr. Hamidou Issoufou.", "its director, Dr. Hamidou Issoufou", DIPTYCH_SOURCE_OFFICIAL),
  NO_SRC ("possessed-kin-after-name", "Rosa Elena Mendez, 47, said her brother, a cattle trader, had not answered his phone.", "her brother"),
  SRC ("that-relative-before-verb", "The charity that runs the University Hospital of Mirebalais, one of the largest hospitals in the country, said it had moved 82 patients.", "The charity", DIPTYCH_SOURCE_NGO),
  NO_SRC ("place-of-aside-before-who", "\"They were waiting for us,\" said Abu Ali al-Shammari, a PMF commander in western Nineveh, who said the convoy had been hunting an IS cell.", "Nineveh"),
  SRC ("plural-report-object", "Protection: Partners report arbitrary arrests of young men following the fighting.", "Partners", DIPTYCH_SOURCE_NGO),
  NO_SRC ("plural-report-to", "Residents report to the camp office every morning.", "Residents"),
  SRC ("our-field-researchers", "According to our field researchers and village leaders, two fighter jets dropped four bombs on the village.", "our field researchers", DIPTYCH_SOURCE_NGO),
  SRC ("inverted-person-noun-after-aside", "The attack began with a suicide car bomb at the gate of the base, followed by an assault by dozens of gunmen, said the officer, who asked not to be named.", "the officer", DIPTYCH_SOURCE_ANONYMOUS),
  NO_SRC ("after-break-reported-event", "CERDA researchers, who interviewed 31 people including relatives of victims, eyewitnesses and medical staff, documented the killing of 12 civilians in the quarters of Bamunka.", "the killing"),
  SRC ("which-rejected", "The BLA claimed to have killed more than 30 soldiers, which security officials rejected as baseless propaganda.", "security officials", DIPTYCH_SOURCE_OFFICIAL),
  BY ("which-denied-aside-not-the-speaker", "The report, which the army denied, said 30 soldiers died.", "30 soldiers died", "The report"),
  NO_SRC ("states-before-auxiliary", "Nigeria\u2019s central states have for years been hit by violence between herders and farmers.", "central"),
  SRC ("not-inverted-before-clause", "A police official, who spoke on condition of anonymity, said the detainees included a Bawm village headman aged 56.", "A police official", DIPTYCH_SOURCE_ANONYMOUS),
  SRC ("present-accuse", "Rohingya activists accuse the group of forcing villagers from their homes.", "Rohingya activists", DIPTYCH_SOURCE_OTHER),
  SRC ("present-rejects", "It was an accusation the Arakan Army rejects.", "the Arakan Army", DIPTYCH_SOURCE_MILITARY),
  SRC ("through-its-agency", "IS-K claimed responsibility through its Amaq news agency.", "Amaq news agency", DIPTYCH_SOURCE_MEDIA),
  NO_SRC ("through-its-streets", "The troops marched through its main market at dawn.", "main market"),
  SRC ("said-after", "Twelve people were killed, the health ministry said.", "the health ministry", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("said-before", "Police spokesman Ali Karimi said the attackers had fled.", "Police spokesman Ali Karimi", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("said-inverted", "\"We heard two explosions,\" said Maria Lopez, a shopkeeper.", "Maria Lopez", DIPTYCH_SOURCE_WITNESS),
  SRC ("according-to", "At least 20 people died, according to the Red Cross.", "the Red Cross", DIPTYCH_SOURCE_NGO),
  /* types: someone by their work and no name is anonymous; a rank is a
   * soldier's unless the name says police or government
   */
  SRC ("type-unnamed-doctor", "\"We have no beds left,\" a doctor at the Doba hospital said.", "a doctor at the Doba hospital", DIPTYCH_SOURCE_ANONYMOUS),
  SRC ("type-unnamed-nurse", "Four of the wounded died overnight, an MSF nurse said.", "an MSF nurse", DIPTYCH_SOURCE_ANONYMOUS),
  SRC ("type-unnamed-medics", "Medics at the scene said 14 people were injured.", "Medics at the scene", DIPTYCH_SOURCE_ANONYMOUS),
  SRC ("type-named-aside", "A police officer at the scene, Captain Mohamed Gure, said two guards were killed.", "A police officer at the scene, Captain Mohamed Gure", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("type-named-group", "Doctors Without Borders said 30 patients were treated.", "Doctors Without Borders", DIPTYCH_SOURCE_NGO),
  SRC ("type-police-rank", "Police Colonel Somkiat Chaiyaphan said three rangers were wounded.", "Police Colonel Somkiat Chaiyaphan", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("type-army-rank", "Colonel Birhanu Kebede said 12 fighters were killed.", "Colonel Birhanu Kebede", DIPTYCH_SOURCE_MILITARY),
  SRC ("type-secretary", "Interior Cabinet Secretary Joseph Kirui said 14 people were killed.", "Interior Cabinet Secretary Joseph Kirui", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("type-aside-clause", "\"It was chaos,\" said Angela Ruiz, who was working near the food court.", "Angela Ruiz", DIPTYCH_SOURCE_WITNESS),
  SRC ("type-armed-brigade", "The 444 Brigade said nine of its fighters were killed.", "The 444 Brigade", DIPTYCH_SOURCE_MILITARY),
  /* round 11: a name before "which said", a subject before an aside and
   * a relative clause, "one of the sources"
   */
  SRC ("which-said", "The attack was claimed by the Front, which said 12 soldiers were killed.", "the Front", DIPTYCH_SOURCE_OTHER),
  NO_SRC ("which-declared", "Kosovo, which declared independence in 2008, has 1.6 million people.", "Kosovo"),
  SRC ("relative-aside-told", "Mohammad Reza, 34, who was praying near the hall, told BBC Pashto that 12 people died.", "Mohammad Reza", DIPTYCH_SOURCE_WITNESS),
  NO_SRC ("told-outlet-no-source", "Mohammad Reza, 34, who was praying near the hall, told BBC Pashto that 12 people died.", "BBC Pashto"),
  SRC ("one-of-the-sources", "Another 22 soldiers were wounded, one of the sources said.", "one of the sources", DIPTYCH_SOURCE_ANONYMOUS),
  QUIET_ ("one-of-the-sources-no-figure", "Another 22 soldiers were wounded, one of the sources said.", "one"),
  FIG ("three-of-the-officials", "Three of the officials were killed in the blast.", "Three of the officials were killed", K, 3, 3, 3, EXACT, OTHER),
  SRC ("month-first-name", "\"We have lost 11 of our colleagues,\" said Jan Egeland, secretary general of the Norwegian Refugee Council.", "Jan Egeland", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("acronym-and-place", "A spokesperson for the International Committee of the Red Cross (ICRC) in Geneva said two staff members were missing.", "A spokesperson for the International Committee of the Red Cross (ICRC) in Geneva", DIPTYCH_SOURCE_NGO),
  SRC ("figures-show", "Figures released by the health ministry show 1,200 civilians killed since January.", "Figures released by the health ministry", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("eyewitnesses", "Eyewitnesses told Al Jazeera that dozens of people were killed.", "Eyewitnesses", DIPTYCH_SOURCE_WITNESS),
  SRC ("documented", "Human Rights Watch documented the killing of at least 58 civilians.", "Human Rights Watch", DIPTYCH_SOURCE_NGO),
  SRC ("verified", "The UN human rights office has verified the deaths of 312 civilians.", "The UN human rights office", DIPTYCH_SOURCE_NGO),
  SRC ("documents-noun", "In 2021 a raid left 4 guards dead, according to court documents seen by Anadolu.", "court documents seen by Anadolu", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("according-to-dated", "The strikes killed 12 people, according to the ministry's Facebook post Saturday.",
       "the ministry's Facebook post", DIPTYCH_SOURCE_OTHER),
  SRC ("citing-dated", "Four people died, the agency reported, citing a police statement yesterday.",
       "a police statement", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("wfp", "At least 9 people died of hunger, the World Food Programme said.", "the World Food Programme",
       DIPTYCH_SOURCE_NGO),
  SRC ("named-day", "At least 9 people were killed, according to the Today programme.",
       "the Today programme", DIPTYCH_SOURCE_OTHER),
  SRC ("told-outlet", "A military spokesman told Reuters that the operation was over.", "A military spokesman", DIPTYCH_SOURCE_MILITARY),
  SRC ("in-a-statement", "The interior ministry said in a statement that 14 suspects were held.", "The interior ministry", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("citing", "The agency, citing hospital sources, put the toll at 31.", "hospital sources", DIPTYCH_SOURCE_ANONYMOUS),
  SRC ("title-name", "Defence Minister Jonas Berg confirmed the deaths.", "Defence Minister Jonas Berg", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("anonymous", "A senior official who spoke on condition of anonymity said the toll would rise.", "A senior official", DIPTYCH_SOURCE_ANONYMOUS),
  SRC ("witnesses", "Witnesses said the gunmen fired at the crowd.", "Witnesses", DIPTYCH_SOURCE_WITNESS),
  SRC ("media", "State television reported that 9 soldiers died.", "State television", DIPTYCH_SOURCE_MEDIA),
  SRC ("ngo-aside", "Amnesty International, a rights group, said 40 people were executed.", "Amnesty International", DIPTYCH_SOURCE_NGO),
  SRC ("statement-subject", "The army said 4 soldiers died. The statement added that 6 were wounded.", "The statement", DIPTYCH_SOURCE_MILITARY),
  SRC ("denied", "The rebels denied killing civilians.", "The rebels", DIPTYCH_SOURCE_MILITARY),
  SRC ("coordinated-verb", "State Governor Dauda Lawal condemned the attack and said 27 suspects were held.", "State Governor Dauda Lawal", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("said-indefinite", "\"They tell us nothing,\" said a woman surnamed Li.", "a woman surnamed Li", DIPTYCH_SOURCE_OTHER),
  SRC ("one-survivor", "\"We held on all night,\" one survivor, a Sudanese man, told the agency.", "one survivor", DIPTYCH_SOURCE_WITNESS),
  SRC ("some-residents", "Some residents said the water rose within minutes.", "Some residents", DIPTYCH_SOURCE_WITNESS),
  SRC ("inverted-councilor", "The gunmen rode into Kompienga on Tuesday afternoon, rounded up residents in front of the market and read out names from a list, said a town councilor, who asked not to be named.", "a town councilor", DIPTYCH_SOURCE_ANONYMOUS),
  SRC ("inverted-after-aside", "The strike hit the village, about 45 km east of Mopti, shortly after 9 p.m. on Friday, said the official, who asked not to be named.", "the official", DIPTYCH_SOURCE_ANONYMOUS),
  NO_SRC ("inverted-after-aside-place", "The strike hit the village, about 45 km east of Mopti, shortly after 9 p.m. on Friday, said the official, who asked not to be named.", "Mopti"),
  NO_SRC ("inverted-not-told", "\u201cWe held on,\u201d one survivor, a Sudanese man, told the agency.", "the agency"),
  NO_SRC ("inverted-not-toll", "The agency, citing medical sources, put the toll from the Nuseirat strike at 16.", "the toll"),
  SRC ("appositive-who-said-name", "\"They came back,\" said Hamadoun Ciss\u00e9, 41, a cousin of the bride who said he had buried 19 bodies.", "Hamadoun Ciss\u00e9", DIPTYCH_SOURCE_WITNESS),
  NO_SRC ("appositive-who-said", "\"They came back,\" said Hamadoun Ciss\u00e9, 41, a cousin of the bride who said he had buried 19 bodies.", "a cousin"),
  SRC ("coordinated-subject", "Gunmen killed 34 civilians, a local official and two residents said.", "a local official", DIPTYCH_SOURCE_ANONYMOUS),
  SRC ("coordinated-subject-second", "Gunmen killed 34 civilians, a local official and two residents said.", "two residents", DIPTYCH_SOURCE_WITNESS),
  SRC ("coordinated-police", "The bomber killed 46 people, police and hospital officials said.", "police", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("coordinated-one-name", "Nine people drowned, the Fire Service and Civil Defence said.", "the Fire Service and Civil Defence", DIPTYCH_SOURCE_OFFICIAL),
  NO_SRC ("coordinated-clause", "Troops killed 12 rebels and officials said the area was calm.", "rebels"),
  SRC ("and-unnamed-part", "Police fired on the crowd, a coalition of opposition parties and civil society groups said.", "a coalition of opposition parties and civil society groups", DIPTYCH_SOURCE_OTHER),
  SRC ("kin-possessive", "The boy was shot near the roundabout, his uncle said.", "his uncle", DIPTYCH_SOURCE_WITNESS),
  SRC ("read-on", "The army said in a communique read on state television ORTM that it had struck a camp.", "state television ORTM", DIPTYCH_SOURCE_MEDIA),
  SRC ("appositive-name", "A spokesperson for the mission, Ibrahima Sow, told Reuters the base was attacked.", "A spokesperson for the mission, Ibrahima Sow", DIPTYCH_SOURCE_MILITARY),
  SRC ("appositive-name-later", "A spokesperson for the mission, Ibrahima Sow, told Reuters the base was attacked. Sow said the attackers fled.", "Sow", DIPTYCH_SOURCE_MILITARY),
  SRC ("appositive-not-name", "Sanad Rights Monitor, a Yemeni human rights group, said 41 civilians died.", "Sanad Rights Monitor", DIPTYCH_SOURCE_NGO),
  SRC ("familiar-anonymous", "Officials familiar with the investigation said the bomber came from Nangarhar.", "Officials familiar with the investigation", DIPTYCH_SOURCE_ANONYMOUS),
  SRC ("armed-group-type", "The Pakistani Taliban denied involvement.", "The Pakistani Taliban", DIPTYCH_SOURCE_MILITARY),
  SRC ("gave-lower-toll", "Syria's interior ministry gave a much lower toll.", "Syria's interior ministry", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("corrected-toll", "Kunar's public health director, Dr Najibullah Safi, later corrected the toll to 21.", "Kunar's public health director, Dr Najibullah Safi", DIPTYCH_SOURCE_OFFICIAL),
  NO_SRC ("gave-bodies", "The army gave the bodies of 12 soldiers to their families.", "The army"),
  SRC ("coordinated-of-name", "Sudan's Ministry of Foreign Affairs condemned the attack and said 62 people had been killed.", "Sudan's Ministry of Foreign Affairs", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("coordinated-after-opening", "In Bajaur, the district administration closed schools and said 6,500 people had been moved.", "the district administration", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("coordinated-has", "The ministry has stepped up patrols and says 12 suspects were held.", "The ministry", DIPTYCH_SOURCE_OFFICIAL),
  NO_SRC ("coordinated-pronoun-after-opening", "On Monday, they closed schools and said the area was calm.", "they"),
  NO_SRC ("coordinated-no-noun", "In Bajaur, the shelling destroyed homes and said nothing.", "the shelling"),
  SRC ("circulated-by", "The group claimed the attack in a statement circulated by its al-Naba weekly.", "its al-Naba weekly", DIPTYCH_SOURCE_MEDIA),
  SRC ("possessive-adjective-figure", "A report put the number at 38, lower than the military's public figure.", "the military", DIPTYCH_SOURCE_OTHER),
  NO_SRC ("possessive-adjective-no-figure", "The officials praised the ministry's public health campaign.", "the ministry"),
  NO_SRC ("an-estimated-no-source", "An estimated 120,000 refugees have fled, a UN report said.", "An"),
  NO_SRC ("pronoun-one", "One said the convoy had turned back.", "One"),
  NO_SRC ("claimed-lives-no-source", "The fire claimed the lives of 19 patients.", "The fire"),
  NO_SRC ("pronoun-he", "\"It was terrible,\" he said.", "he"),
  NO_SRC ("pronoun-they", "They said 15 people were killed.", "They"),
  NO_SRC ("not-cited", "No group has claimed responsibility for the attack.", "No group"),
  NO_SRC ("outlet-spoken-to", "The mayor told Reuters that 10 people died.", "Reuters"),
  SRC ("acronym-who", "Of the 87 deaths, 41 were children, the WHO said.", "the WHO", DIPTYCH_SOURCE_OTHER),
  SRC ("disputed", "Provincial authorities dispute both figures.", "Provincial authorities", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("which-cited", "The toll rose to 96, according to Tasnim, which cited the provincial crisis headquarters.", "the provincial crisis headquarters", DIPTYCH_SOURCE_OTHER),
  SRC ("cited-by", "Figures cited by the health ministry put the toll at 40.", "the health ministry", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("possessive-title", "Its secretary-general said most ferries were never inspected.", "Its secretary-general", DIPTYCH_SOURCE_OTHER),
  NO_SRC ("cited-reasons", "The agency cited security concerns for the delay.", "security concerns"),
  NO_SRC ("admitted-patients", "Hospitals in Karachi have admitted upwards of 4,000 patients with heatstroke.", "Hospitals"),
  SRC ("said-one-man", "\u201cThey shot at us,\u201d said one man, who did not give his name.", "one man", DIPTYCH_SOURCE_OTHER),
  NO_SRC ("said-one-person-died", "Police said, one person died.", "one person"),
  SRC ("broadcast-by", "The toll rose to 137, the director said in remarks broadcast by al-Ikhbariya channel.", "al-Ikhbariya channel", DIPTYCH_SOURCE_MEDIA),
  SRC ("named-by", "His brother was among the 47 named by the coalition.", "the coalition", DIPTYCH_SOURCE_OTHER),
  SRC ("per", "At least 38 civilians lost their lives, per the provincial health authorities.", "the provincial health authorities", DIPTYCH_SOURCE_OFFICIAL),
  NO_SRC ("per-not-a-source", "Troops withdrew, per the agreement.", "the agreement"),
  NO_SRC ("per-cent", "Prices rose 12 per cent in May.", "cent"),
  SRC ("said-one-two-words", "\u201cSome had waited two days,\u201d said one SER nurse, who asked not to be named.", "one SER nurse", DIPTYCH_SOURCE_ANONYMOUS),
  SRC ("saying-subject", "The Ministry of Foreign Affairs and Expatriates sent two letters to the Council, saying the attacks violate international law.", "The Ministry of Foreign Affairs and Expatriates", DIPTYCH_SOURCE_OFFICIAL),
  NO_SRC ("saying-no-comma", "The group issued a statement saying 40 people had died.", "a statement"),
  SRC ("and-said-name-of", "The Ministry of Health condemned the attack and said 12 people died.", "The Ministry of Health", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("concluded-that", "A U.N.-backed truth commission concluded in 1999 that 200,000 people were killed.", "A U.N.-backed truth commission", DIPTYCH_SOURCE_NGO),
  NO_SRC ("concluded-intransitive", "The talks concluded on Friday without a deal.", "The talks"),
  SRC ("found-at-end", "Of the victims, 82 were children, the court found.", "the court", DIPTYCH_SOURCE_OFFICIAL),
  NO_SRC ("found-things", "Rescuers found 12 bodies in the rubble.", "Rescuers"),
  SRC ("testified", "The foundation's director, Rosa Chen, testified that 143 bodies were exhumed.", "The foundation's director, Rosa Chen", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("argued", "Defense lawyers argued that no more than 30 people died.", "Defense lawyers", DIPTYCH_SOURCE_OTHER),
  SRC ("of-the-army-and-the", "The General Command of the Army and the Armed Forces said 41 terrorists were killed.", "The General Command of the Army and the Armed Forces", DIPTYCH_SOURCE_MILITARY),
  SRC ("two-bodies-the", "The army and the Red Cross said 12 people died.", "the Red Cross", DIPTYCH_SOURCE_NGO),
  SRC ("possessive-lower-words", "The U.N. refugee agency\u2019s count stood at 61,000 refugees.", "The U.N. refugee agency", DIPTYCH_SOURCE_NGO),
  SRC ("possessive-after-words", "It killed 41 civilians, well below the ministry\u2019s figure of 63.", "the ministry", DIPTYCH_SOURCE_OTHER),
  SRC ("day-before-verb", "Tillerson and Lavrov agreed to meet, the ministry\u2019s Facebook post Saturday said.", "the ministry\u2019s Facebook post", DIPTYCH_SOURCE_OTHER),
  SRC ("accused-of-participle", "The mob lynched three men accused of theft, police said.", "police", DIPTYCH_SOURCE_OFFICIAL),
  NO_SRC ("accused-of-no-source", "The mob lynched three men accused of theft, police said.", "The mob"),
  SRC ("condemned", "The Prime Minister also condemned the attack, in which 12 people died.", "The Prime Minister", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("urged", "Russia, which has bases in both countries, urged restraint after 40 soldiers died.", "Russia", DIPTYCH_SOURCE_OTHER),
  SRC ("aside-and-adverb", "Chief Minister Mir Naseer Langove, in a statement, strongly condemned the killing of nine passengers.", "Chief Minister Mir Naseer Langove", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("long-name", "The United Nations Organization Stabilization Mission in the Democratic Republic of the Congo (MONUSCO) said 51 civilians were killed.", "The United Nations Organization Stabilization Mission in the Democratic Republic of the Congo (MONUSCO)", DIPTYCH_SOURCE_MILITARY),
  SRC ("auxiliary-first-name", "\"We counted the bodies ourselves,\" said May Haddad, a nurse at the clinic.", "May Haddad", DIPTYCH_SOURCE_WITNESS),
  SRC ("opening-month-subject", "In May Israeli troops said they had killed 12 fighters.", "Israeli troops", DIPTYCH_SOURCE_MILITARY),
  SRC ("opening-day-date-subject", "On Monday 3 June Police said 30 people were arrested.", "Police", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("relative-subject", "Five people were missing, among them two men who residents said were taken away by officers.", "residents", DIPTYCH_SOURCE_WITNESS),
  SRC ("relative-subject-article", "The 11 dead included a commander who the military said was behind the bombing.", "the military", DIPTYCH_SOURCE_MILITARY),
  NO_SRC ("relative-subject-not-reported", "Vesna, which the authorities have declared extremist, counted 1,400 detentions.", "the authorities"),
  SRC ("received-reports", "The Office has also received reports that 1,140 people have been detained.", "The Office", DIPTYCH_SOURCE_OFFICIAL),
  NO_SRC ("received-not-reports", "The hospital received 40 wounded people overnight.", "The hospital"),
  NO_SRC ("maintained-no-clause", "The UN Human Rights Office has maintained a country office in Caracas since 2019, with 13 staff.", "The UN Human Rights Office"),
  SRC ("in-a-statement-before-verb", "The Meitei Heritage Council, a civil society group, in a statement blamed militants for the attack that killed 12 people.", "The Meitei Heritage Council", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("inverted-lower-case-title", "The blast tore through the stalls at about 7:45 p.m., said provincial police chief Col. Ramon Dizon.", "provincial police chief Col. Ramon Dizon", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("with-name-saying", "The two sides traded blame, with Yerevan saying 11 of its troops had been killed.", "Yerevan", DIPTYCH_SOURCE_OTHER),
  SRC ("with-source-noun-saying", "The talks failed, with the ministry saying 12 people had died.", "the ministry", DIPTYCH_SOURCE_OFFICIAL),
  NO_SRC ("with-people-doing", "She left with the children saying goodbye.", "the children"),
  SRC ("hyphen-compound", "A U.N.-backed commission said 12 people died.", "A U.N.-backed commission", DIPTYCH_SOURCE_NGO),
  SRC ("and-said-indefinite", "A local newspaper reported 23 dead and said 4 of the wounded died.", "A local newspaper", DIPTYCH_SOURCE_MEDIA),
  NO_SRC ("and-said-article-alone", "A local newspaper, El Sol, citing paramedics, reported 23 dead and said 4 had died.", "A"),
  SRC ("said-after-quote-indefinite", "\"It lasted five minutes,\" said a food vendor outside the arena, who asked not to be named.", "a food vendor outside the arena", DIPTYCH_SOURCE_ANONYMOUS),
  SRC ("according-to-two", "At least 29 people died, according to a local resistance group and a rescue worker.", "a rescue worker", DIPTYCH_SOURCE_ANONYMOUS),
  SRC ("according-to-two-lower", "At least 12 people died, according to police and hospital officials.", "hospital officials", DIPTYCH_SOURCE_OFFICIAL),
  NO_SRC ("according-to-and-clause", "At least 12 people died, according to the ministry, and the death toll is expected to rise.", "the death toll"),
  NO_SRC ("according-to-and-acts", "At least 12 people died according to the ministry and the army killed 4 gunmen.", "the army"),
  SRC ("reports-from", "Early reports from local officials put the death toll at 12.", "local officials", DIPTYCH_SOURCE_OFFICIAL),
  NO_SRC ("reports-from-noun", "Early reports from local officials put the death toll at 12.", "Early"),
  NO_SRC ("reports-from-place", "Early reports from the area put the death toll at 12.", "the area"),
  SRC ("estimates-by", "Estimates by aid groups put the toll at 300.", "aid groups", DIPTYCH_SOURCE_NGO),
  SRC ("warns-of-verb", "The UN warns of famine after 40 children died.", "The UN", DIPTYCH_SOURCE_NGO),
  SRC ("quoted-subject", "Local broadcaster Radio Quilca quoted a survivor, Marina Huam\u00e1n, as saying: \u201cOnly seven of us got down.\u201d", "Local broadcaster Radio Quilca", DIPTYCH_SOURCE_MEDIA),
  SRC ("quoted-as-saying", "Local broadcaster Radio Quilca quoted a survivor, Marina Huam\u00e1n, as saying: \u201cOnly seven of us got down.\u201d", "a survivor, Marina Huam\u00e1n", DIPTYCH_SOURCE_WITNESS),
  SRC ("was-quoted-as-saying", "The minister was quoted as saying 12 people died.", "The minister", DIPTYCH_SOURCE_OFFICIAL),
  NO_SRC ("quoted-by", "The figure quoted by officials was 12 dead.", "The figure"),
  NO_SRC ("quoted-pronoun", "State media quoted him as saying 12 people died.", "him"),
  SRC ("boasted", "In a video, the leader of the gang coalition boasted that his men had killed 30 spies.", "the leader of the gang coalition", DIPTYCH_SOURCE_MILITARY),
  SRC ("believe", "Relatives believe up to 40 more men were taken.", "Relatives", DIPTYCH_SOURCE_WITNESS),
  NO_SRC ("believe-pronoun", "Many believe 40 people died.", "Many"),
  SRC ("opening-no-comma", "By Saturday afternoon the mayor's office said 49 people had died.", "the mayor's office", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("opening-article-inside", "In the north the head of the council said 4 died.", "the head of the council", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("was-reporting", "By then the mayor's office was reporting 49 deaths.", "the mayor's office", DIPTYCH_SOURCE_OFFICIAL),
  NO_SRC ("reporting-credit", "Additional reporting by Jane Doe in Kabul.", "Additional"),
  NO_SRC ("reporting-from", "The correspondent was reporting from Kabul when 12 people died.", "The correspondent"),
  SRC ("in-a-statement-subject", "Hezbollah mourned three of its fighters in a brief statement.", "Hezbollah", DIPTYCH_SOURCE_MILITARY),
  SRC ("in-a-post-subject", "The ministry condemned the attack in a post on Facebook.", "The ministry", DIPTYCH_SOURCE_OFFICIAL),
  NO_SRC ("in-a-video-relative", "The army killed the commander, who had appeared in a video.", "The army"),
  NO_SRC ("in-a-field", "Police found 12 bodies in a field.", "Police"),
  SRC ("called-quote", "Foreign Minister Karim Bou Saab called the raids \u201ca flagrant violation\u201d of the truce.", "Foreign Minister Karim Bou Saab", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("called-quote-aside", "U Kyaw Thet Aung, a government spokesman, called the bombing \u201ca massacre\u201d.", "U Kyaw Thet Aung", DIPTYCH_SOURCE_OFFICIAL),
  NO_SRC ("called-name", "They fled to a village called \u201cHope Springs\u201d where 12 people died.", "a village"),
  NO_SRC ("called-the-name", "A group called the \"Saints\" killed 12 people.", "A group"),
  NO_SRC ("called-for", "The ministry called for calm after 12 people died.", "The ministry"),
  NO_SRC ("called-for-quote", "The president called for \u201cimpartial countries\u201d to investigate the 12 deaths.", "The president"),
  NO_SRC ("pronoun-subject-after-clause", "When the soldiers left I told my brother that 8 people had died.", "When"),
  SRC ("recorded-deaths", "The Sahel Violence Tracker, a conflict monitor, recorded roughly 9,400 deaths last year.", "The Sahel Violence Tracker", DIPTYCH_SOURCE_NGO),
  SRC ("counted-detentions", "Its monitors counted at least 1,400 detentions by midnight.", "Its monitors", DIPTYCH_SOURCE_NGO),
  NO_SRC ("counted-things", "Salimata Ou\u00e9draogo counted the trucks before she ran: 12 of them.", "Salimata"),
  SRC ("recorded-cases", "Health partners have recorded upwards of 1,800 suspected cholera cases since June.", "Health partners", DIPTYCH_SOURCE_NGO),
  NO_SRC ("recorded-the-attack", "Cameras recorded the attack that killed 12 people.", "Cameras"),
  NO_SRC ("an-estimated-after-words", "The ELN, the largest guerrilla group with an estimated 5,800 members, accused the dissidents.", "with an"),
  SRC ("an-estimated-keeps-subject", "The ELN, the largest guerrilla group with an estimated 5,800 members, accused the dissidents.", "The ELN", DIPTYCH_SOURCE_OTHER),
  NO_SRC ("estimated-at-participle", "In Bamenda, the attackers, estimated at about 40, fled on motorbikes.", "Bamenda"),
  NO_SRC ("aside-that-clause", "The governor told reporters in Bamenda, the regional capital, that the attackers, estimated at least 40, fled.", "the regional capital"),
  NO_SRC ("event-subject", "Thursday's strikes raised to 3,961 the number of people killed, according to a health ministry tally.", "strikes"),
  NO_SRC ("event-subject-quake", "The quake showed 40 people had died in the old town.", "The quake"),
  SRC ("event-word-in-name", "The Fire Service said 4 people died.", "The Fire Service", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("accusing-subject", "Colombia's president suspended peace talks on Friday, accusing the group of \"war crimes\".", "Colombia's president", DIPTYCH_SOURCE_OFFICIAL),
  NO_SRC ("adding-after-source", "Three nurses were among the dead, the union said, adding that 21 needed surgery.", "Three nurses"),
  NO_SRC ("warning-no-comma", "The army shelled the town, killing 12 people and warning residents to leave.", "The army"),
  SRC ("warning-in-name", "The Famine Early Warning Systems Network said 40 people died of hunger.", "The Famine Early Warning Systems Network", DIPTYCH_SOURCE_NGO),
  SRC ("able-to-record", "Survivors told Amnesty that 90 people were killed; the organisation was able to record the names of 87 of them.", "the organisation", DIPTYCH_SOURCE_NGO),
  SRC ("able-to-verify", "HRW has been able to independently verify 40 of the deaths.", "HRW", DIPTYCH_SOURCE_OTHER),
  NO_SRC ("could-not-verify", "Reuters could not independently verify the figures.", "Reuters"),
  NO_SRC ("unable-to-verify", "SER was unable to verify reports that 12 people died.", "SER"),
  NO_SRC ("not-able-to-confirm", "The army was not able to confirm the deaths of 12 soldiers.", "The army"),
  SRC ("plural-report", "Protection partners report 27 cases of gender-based violence since 1 September.", "Protection partners", DIPTYCH_SOURCE_NGO),
  SRC ("plural-estimate", "Aid groups estimate that 2,000 people have fled.", "Aid groups", DIPTYCH_SOURCE_NGO),
  NO_SRC ("report-noun-acronym", "The UN report that 300 people died was disputed.", "The UN"),
  NO_SRC ("report-on", "The people who report on them were arrested after 12 died.", "people"),
  SRC ("gave-account", "The rights centre Vesna, which the authorities have banned, gave a very different account.", "The rights centre Vesna", DIPTYCH_SOURCE_NGO),
  NO_SRC ("gave-things", "The army gave blankets to 300 families, by all accounts.", "The army"),
  SRC ("confirmed-by", "The deaths were confirmed by the governor on Monday.", "the governor", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("reported-by", "The figure of 40 dead was reported by state media.", "state media", DIPTYCH_SOURCE_MEDIA),
  SRC ("quoted-by-as-saying", "The governor was quoted by the state news agency as saying that 12 people had died.", "The governor", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("read-on-time-after", "In a statement read on national television RTB two days after the killings, the army said 12 troops died.", "national television RTB", DIPTYCH_SOURCE_MEDIA),
  SRC ("published-last-week", "The toll was 12, according to figures published by the cell last week.", "figures published by the cell", DIPTYCH_SOURCE_OTHER),
  SRC ("opening-adverb", "Late on Monday the ministry said 12 people died.", "the ministry", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("time-in-name", "The 12 Days of Peace campaign said 4 people died.", "The 12 Days of Peace campaign", DIPTYCH_SOURCE_OTHER),
  SRC ("recalled-after-quote", "\"Nobody came to help us,\" recalled Fatima Ali, 45, whose son was killed.", "Fatima Ali", DIPTYCH_SOURCE_WITNESS),
  SRC ("asked-after-question", "\"Where are the 12 missing?\" asked one man.", "one man", DIPTYCH_SOURCE_OTHER),
  SRC ("recalled-at-end", "\"We lost 12 people,\" Fatima Ali recalled.", "Fatima Ali", DIPTYCH_SOURCE_WITNESS),
  NO_SRC ("recalled-no-quote", "The government recalled its ambassador after 12 people died.", "The government"),
  NO_SRC ("asked-no-quote", "Residents asked the army to leave after 12 died.", "Residents"),
  /* the present tense */
  SRC ("insist-present", "The Taliban insist that no civilians were killed in the operation.", "The Taliban", DIPTYCH_SOURCE_MILITARY),
  SRC ("alleges-present", "The army alleges that 30 militants were killed.", "The army", DIPTYCH_SOURCE_MILITARY),
  SRC ("acknowledge-present", "Police acknowledge that four protesters died in custody.", "Police", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("admits-present", "The ministry admits that 14 people were killed by mistake.", "The ministry", DIPTYCH_SOURCE_OFFICIAL),
  NO_SRC ("admits-patients", "The clinic admits dozens of injured patients every day.", "The clinic"),
  SRC ("admits-count-clause", "The ministry admits 14 people were killed by mistake.", "The ministry", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("admitted-count-clause", "Officials admitted 14 people had been killed.", "Officials", DIPTYCH_SOURCE_OFFICIAL),
  NO_SRC ("admitted-patients-and", "The hospital has admitted 30 patients and is treating them after 12 died.", "The hospital"),
  NO_SRC ("admitted-patients-who", "The hospital admitted 40 people who were wounded.", "The hospital"),
  NO_SRC ("insisted-on", "The army insisted on its version of events after 12 died.", "The army"),
  NO_SRC ("argue-over", "The two sides argue over the border where 12 died.", "The two sides"),
  SRC ("saw-bodies", "An AFP photographer saw at least six bodies in the street.", "An AFP photographer", DIPTYCH_SOURCE_MEDIA),
  SRC ("witnessed-deaths", "Residents witnessed 12 deaths in the raid.", "Residents", DIPTYCH_SOURCE_WITNESS),
  NO_SRC ("place-saw", "The town saw 12 people killed last year.", "The town"),
  NO_SRC ("time-saw", "The past week saw 40 deaths in the province.", "The past week"),
  NO_SRC ("saw-no-count", "Witnesses saw two helicopters over the town where 12 died.", "Witnesses"),
  SRC ("toll-given", "Local authorities have given a higher toll of 40 dead.", "Local authorities", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("report-after-a-place", "Humanitarian partners in Tawila report that 12 people died.", "Humanitarian partners in Tawila", DIPTYCH_SOURCE_NGO),
  SRC ("plural-warn", "Partners warn that remaining stocks would cover fewer than 500 households.", "Partners", DIPTYCH_SOURCE_NGO),
  SRC ("attributed-the-attack", "Local authorities attributed the attack to Ansar Allah, who have not commented.", "Local authorities", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("second-source-heard", "At least 37 Rohingya were killed, according to survivors and relatives interviewed in Bangladesh.", "relatives", DIPTYCH_SOURCE_WITNESS),
  NO_SRC ("attributed-passive", "The deaths were attributed to cholera.", "The deaths"),
  /* claims */
  CLM ("claim-after", "The ministry said that 40 people had been killed in the raid.", "40 people had been killed in the raid", "The ministry"),
  CLM ("claim-before", "Forty people were killed in the raid, the ministry said.", "Forty people were killed in the raid", "the ministry"),
  CLM ("claim-past-credit", "(CNN) Secretary of State Rex Tillerson spoke by phone with his Russian counterpart on Saturday, the ministry said.", "Secretary of State Rex Tillerson spoke by phone with his Russian counterpart on Saturday", "the ministry"),
  NO_CLM ("claim-not-from-credit", "(CNN) Secretary of State Rex Tillerson spoke by phone with his Russian counterpart on Saturday, the ministry said.", "CNN)"),
  CLM ("claim-quote", "\"The hospital is overwhelmed,\" said Dr Lena Park.", "The hospital is overwhelmed", "Dr Lena Park"),
  /* two attributions joined in a sentence: a claim and a figure each */
  BY ("by-first-of-two", "Armenia said 49 soldiers were killed, while Azerbaijan said 50 soldiers had died.", "49 soldiers", "Armenia"),
  BY ("by-second-of-two", "Armenia said 49 soldiers were killed, while Azerbaijan said 50 soldiers had died.", "50 soldiers", "Azerbaijan"),
  /* the subject of a clause on what it disputes, and not the figure's source */
  SRC ("disputed-figure-called", "The faction said it killed more than 10 soldiers, a figure the army called \"pure propaganda\".", "the army", DIPTYCH_SOURCE_MILITARY),
  SRC ("disputed-figure-considers", "Provincial authorities have acknowledged 53 deaths, a figure the Office considers a significant undercount.", "the Office", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("disputed-charge-denies", "Residents say the rebels killed 12 villagers, a charge the rebel command denies.", "the rebel command", DIPTYCH_SOURCE_MILITARY),
  SRC ("disputed-toll-disputed", "The group said 40 people were killed, a higher toll the ministry disputed.", "the ministry", DIPTYCH_SOURCE_OFFICIAL),
  BY ("disputed-not-the-source", "The rebels killed 12 villagers, a charge the government denies.", "killed 12 villagers", NULL),
  BY ("disputed-source-before", "The group said 40 people were killed, a toll the ministry disputed.", "40 people were killed", "The group"),
  SRC ("what-called", "The fighting has left 47 people dead in what the regional governor called the worst crisis in decades.", "the regional governor", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("relative-gave-name-as", "\"We are working around the clock,\" a rescuer who gave his name only as Andriy told the BBC.", "a rescuer", DIPTYCH_SOURCE_ANONYMOUS),
  NO_SRC ("relative-gave-name-as-not-name", "\"We are working around the clock,\" a rescuer who gave his name only as Andriy told the BBC.", "Andriy"),
  NO_SRC ("passive-claimed-by", "Kirkuk, an oil-rich province of about 1.7 million people claimed by both Baghdad and Erbil, is under federal control.", "an oil-rich province of about 1.7 million people"),
  NO_SRC ("a-noun-not-a-verb", "The Bawku conflict, a long-standing dispute between the two groups, dates back to the 1950s.", "a long-standing"),
  SRC ("a-noun-said", "At least 15 people were wounded, a nurse said.", "a nurse", DIPTYCH_SOURCE_ANONYMOUS),
  NO_SRC ("not-disputed-relative", "The figure that the army gave was 40.", "the army"),
  SRC ("each-denied", "The army and the rebels have each denied responsibility for the shelling.", "the rebels", DIPTYCH_SOURCE_MILITARY),
  SRC ("both-denied", "The two sides both denied responsibility.", "The two sides", DIPTYCH_SOURCE_OTHER),
  SRC ("statement-that-said", "Leaders contradicted an army statement that said only militants had been hit.", "an army statement", DIPTYCH_SOURCE_MILITARY),
  SRC ("titled-phrase-who-said", "The team met the head of the city military administration, who said that stocks were short.", "the head of the city military administration", DIPTYCH_SOURCE_MILITARY),
  NO_SRC ("relative-declared-object", "The government, which declared an \"internal armed conflict\" against the gangs, has deployed 1,200 soldiers.", "The government"),
  SRC ("name-age-aside", "Ratan Das, 45, a shopkeeper from Kulai, said his family had fled.", "Ratan Das", DIPTYCH_SOURCE_WITNESS),
  NO_SRC ("states-after-names", "Violence has forced 450,000 people from their homes in Katsina, Zamfara and Sokoto states, the U.N. refugee agency says.", "Zamfara and Sokoto"),
  SRC ("noun-before-place-list", "Witnesses in al-Mazraa, Bustan al-Basha and Ain Shqaq described armed men going from house to house.", "Witnesses", DIPTYCH_SOURCE_WITNESS),
  NO_SRC ("noun-before-place-list-not-last-place", "Witnesses in al-Mazraa, Bustan al-Basha and Ain Shqaq described armed men going from house to house.", "Ain Shqaq"),
  SRC ("passive-agent-past-channel", "This was reported on Telegram by the governor of the region, Vitalii Hnatiuk.", "the governor of the region", DIPTYCH_SOURCE_OFFICIAL),
  NO_SRC ("passive-agent-not-place", "The village was shelled in the night by artillery.", "artillery"),
  SRC ("initials-is-no-verb", "The Islamic State Sahel Province (IS Sahel), which is active around Menaka, said its fighters had killed dozens of soldiers.", "The Islamic State Sahel Province (IS Sahel)", DIPTYCH_SOURCE_MILITARY),
  SRC ("so-far-confirmed", "The health ministry has so far confirmed the deaths of 18 civilians.", "The health ministry", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("headline-colon-initials", "Five soldiers martyred, 16 terrorists killed as attack foiled: ISPR\n\nBANNU: The attack began at dawn.", "ISPR", DIPTYCH_SOURCE_MILITARY),
  NO_SRC ("colon-word-not-source", "The army gave a simple reason for the 12 arrests: Security\n\nThe town was quiet.", "Security"),
  SRC ("plural-report-on-the-ground", "Partners on the ground report that at least 350 people have been displaced.", "Partners on the ground", DIPTYCH_SOURCE_NGO),
  SRC ("plural-estimate-in-the-area", "Civil society groups in the area estimate that more than 200 persons have lost their lives.", "Civil society groups in the area", DIPTYCH_SOURCE_OTHER),
  SRC ("place-aside-then-relative", "An aid worker in Semera, the Afar regional capital, who asked not to be named because he was not authorized to speak to the media, said he had seen 31 bodies.", "An aid worker in Semera", DIPTYCH_SOURCE_ANONYMOUS),
  NO_SRC ("place-aside-not-source", "An aid worker in Semera, the Afar regional capital, who asked not to be named because he was not authorized to speak to the media, said he had seen 31 bodies.", "the Afar regional capital"),
  SRC ("plural-anonymity-witness", "Residents of Khorog, speaking by phone on condition of anonymity, said at least 25 people had been killed.", "Residents of Khorog", DIPTYCH_SOURCE_WITNESS),
  SRC ("counts-displaced", "The UN refugee agency UNHCR counts approximately 450,000 internally displaced persons across the region.", "The UN refugee agency UNHCR", DIPTYCH_SOURCE_NGO),
  NO_SRC ("counts-no-casualties", "The town counts 450,000 inhabitants.", "The town"),
  SRC ("armed-group-and-residents", "At least 11 civilians were killed when jets bombed a village, an ethnic armed group and residents said.", "an ethnic armed group", DIPTYCH_SOURCE_OTHER),
  SRC ("plural-also-report", "Local authorities also report that between 40 and 50 people have been abducted since 6 May.", "Local authorities", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("aside-then-on-day", "The health ministry, MSP, on Tuesday put the number of civilians killed at 26.", "The health ministry, MSP", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("headline-dash-source-noun", "ISWAP attack on Damaturu outskirts: 14 persons killed, 22 injured \u2014 Police\n\nFrom Musa Ibrahim, Damaturu", "Police", DIPTYCH_SOURCE_OFFICIAL),
  NO_SRC ("according-to-rites", "A community leader said 19 persons were buried on Wednesday morning according to Islamic rites.", "Islamic rites"),
  SRC ("said-one-of-the-officials", "\"These were compounds used to plan attacks,\" said one of the officials, who declined to be identified.", "one of the officials", DIPTYCH_SOURCE_ANONYMOUS),
  SRC ("statement-read", "\"The troops engaged the enemy in a firefight,\" the statement read.", "the statement", DIPTYCH_SOURCE_OTHER),
  SRC ("read-on-one-source", "Eight soldiers were killed, according to a defence ministry communique read on state television on Monday.", "a defence ministry communique read on state television", DIPTYCH_SOURCE_MEDIA),
  SRC ("list-compiled-by-one", "At least 40 people were killed, according to a list compiled by the ministry.", "a list compiled by the ministry", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("accuses-present", "Islamabad accuses Kabul of sheltering TTP fighters.", "Islamabad", DIPTYCH_SOURCE_OTHER),
  SRC ("charge-they-deny", "Islamabad accuses Kabul of sheltering TTP fighters, a charge the Taliban deny.", "the Taliban", DIPTYCH_SOURCE_MILITARY),
  SRC ("cited-by-two-sources", "Militants killed seven people in the village, according to local sources cited by Pinnacle News.", "Pinnacle News", DIPTYCH_SOURCE_MEDIA),
  NO_SRC ("calls-on-appeal", "CJN calls on the governments of India and ASEAN member states to deny the junta access to jet fuel.", "CJN"),
  NO_SRC ("number-reported-adjective", "Nampula accounts for 212 reported fatalities, over 60% of them in 2024.", "Nampula"),
  SRC ("has-just-raised", "Ghazni's provincial health department has just raised the number of dead to 24.", "Ghazni's provincial health department", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("meanwhile-participle", "Meanwhile, the Baloch Yakjehti Committee (BYC) held a sit-in outside the press club, saying that at least 19 young men had been abducted.", "the Baloch Yakjehti Committee (BYC)", DIPTYCH_SOURCE_OTHER),
  SRC ("said-its-coordinator", "\"The official figure does not count those buried by their families,\" said its coordinator, Espoir Ntawiha.", "its coordinator, Espoir Ntawiha", DIPTYCH_SOURCE_NGO),
  SRC ("alert-reads", "\"The civilian population is trapped,\" the alert reads.", "the alert", DIPTYCH_SOURCE_OTHER),
  SRC ("was-said-by", "This is a summary of what was said by UNHCR spokesperson Mariam Haddad.", "UNHCR spokesperson Mariam Haddad", DIPTYCH_SOURCE_NGO),
  NO_SRC ("said-by-telephone", "\"They came at six,\" Sawadogo said by telephone from Ouahigouya.", "telephone from Ouahigouya"),
  SRC ("title-hon-abbreviation", "However, the Chairman of Karim Lamido LGA, Hon. Musa Bawa, put the death toll at 31.", "the Chairman of Karim Lamido LGA, Hon. Musa Bawa", DIPTYCH_SOURCE_OTHER),
  SRC ("survivor-of-strike", "A survivor of the church strike, a 38-year-old woman whose name is withheld for her safety, told CJN she had pulled two bodies from the rubble.", "A survivor of the church strike", DIPTYCH_SOURCE_WITNESS),
  NO_SRC ("strikes-of-the-week", "The strikes of the past week raised the toll to 3,961.", "The strikes of the past week"),
  SRC ("arabic-article-name", "Four members of the security forces were among the dead, ministry spokesman Abdel-Moneim al-Arabi told Reuters.", "ministry spokesman Abdel-Moneim al-Arabi", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("arabic-article-name-alone", "Later, al-Arabi said the situation was calm.", "al-Arabi", DIPTYCH_SOURCE_OTHER),
  SRC ("relative-own-verb-then-said", "A 34-year-old woman who lost her husband and two daughters in the strike said she had been cooking.", "A 34-year-old woman", DIPTYCH_SOURCE_OTHER),
  SRC ("second-source-adjective", "Fighting began on 16 July, according to community leaders and local authorities.", "local authorities", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("source-before-headline", "Sudan Doctors' Emergency Network: RSF drone strike on Kassala bus station kills 12\n\nKassala, 22 October - The network condemns the attack.", "Sudan Doctors' Emergency Network", DIPTYCH_SOURCE_NGO),
  NO_SRC ("place-before-headline", "Gaza City: 12 killed in strike on school\n\nThe strike hit at dawn.", "Gaza City"),
  SRC ("one-shopkeeper", "One shopkeeper said he had helped load at least a dozen bodies into taxis.", "One shopkeeper", DIPTYCH_SOURCE_WITNESS),
  SRC ("according-to-traders", "Prices have risen by about 40%, according to traders.", "traders", DIPTYCH_SOURCE_WITNESS),
  FIG ("put-the-number-again", "Elders said over 100 families had left the villages, though the district administration put the number at fewer than 40.", "the number at fewer than 40", X, 40, N, 40, AT_MOST, PEOPLE),
  FIG ("number-of-place-arrests", "The society put the number of West Bank arrests this month at around 480.", "the number of West Bank arrests this month at around 480", D, 480, N, N, APPROX, PEOPLE),
  FIG ("number-of-arrivals", "The migration agency put the number of arrivals at 4,100.", "the number of arrivals at 4,100", X, 4100, 4100, 4100, EXACT, PEOPLE),
  FIG ("their-own-losses", "The Karabakh authorities put their own losses at roughly 220.", "their own losses at roughly 220", K, 220, N, N, APPROX, SOLDIERS),
  QUIET_ ("losses-in-money", "Business chambers put the losses caused by the blockades at some 1.7 billion dollars.", "1.7 billion"),
  QUIET_ ("number-put-alone", "The district administration put the number at fewer than 40.", "40"),
  FIG ("left-past-an-aside", "About 1,300 people, including 260 children, have left so far, according to the regional military administration.", "About 1,300 people", X, 1300, N, N, APPROX, PEOPLE),
  FIG ("left-communities", "The administration said about 1,200 people had left front-line communities in the region.", "about 1,200 people had left front-line communities", X, 1200, N, N, APPROX, PEOPLE),
  FIG ("number-of-detainees", "The society put the number of detainees at 26.", "the number of detainees at 26", D, 26, 26, 26, EXACT, PEOPLE),
  FIG ("hit-by-rubber-coated-bullets", "Medics had treated 27 people, among them 15 with gunshot wounds and four hit by rubber-coated bullets.", "four hit by rubber-coated bullets", I, 4, 4, 4, EXACT, PEOPLE),
  QUIET_ ("houses-hit-by-shells", "Two houses were hit by shells.", "Two houses"),
  QUIET_ ("aid-workers-have-left-past-an-aside", "The 30 aid workers, all of them foreigners, have left.", "30 aid workers"),
  SRC ("denounced-as", "The General Staff denounced as \"pure disinformation\" the reports claiming that more than 20 soldiers had been killed.", "The General Staff", DIPTYCH_SOURCE_MILITARY),
  FIG ("vdp-members", "Among the dead were 14 soldiers and 9 VDP members, the source said.", "9 VDP members", K, 9, 9, 9, EXACT, SOLDIERS),
  FIG ("friendly-side-losses", "\"On the friendly side, we deplore four dead and seven wounded, who have been evacuated,\" the General Staff said.", "seven wounded", I, 7, 7, 7, EXACT, SOLDIERS),
  FIG ("treated-for-tear-gas-inhalation", "It said it had treated 24 people for tear gas inhalation.", "treated 24 people", I, 24, 24, 24, EXACT, PEOPLE),
  FIG ("number-of-confirmed-dead", "By Monday evening, the commissioner said the number of confirmed dead had risen to 52.", "the number of confirmed dead had risen to 52", K, 52, 52, 52, EXACT, PEOPLE),
  SRC ("recorded-more-than", "The conflict monitor ACLED recorded more than 8,400 deaths in Burkina Faso last year.", "The conflict monitor ACLED", DIPTYCH_SOURCE_NGO),
  SRC ("plural-estimate-at-the-end", "Nationwide, more than 2 million people have been forced from their homes since 2015, aid agencies estimate.", "aid agencies", DIPTYCH_SOURCE_NGO),
  NO_SRC ("things-report-at-the-end", "Prices rose, the figures report.", "the figures"),
  NO_SRC ("place-recorded-according-to", "Ecuador recorded more than 7,000 violent deaths in 2023, according to the government.", "Ecuador"),
  SRC ("some-foreign-based-media-outlets", "The team dismissed as \"fabricated news\" reports by some foreign-based media outlets that an air strike had killed 21 civilians.", "some foreign-based media outlets", DIPTYCH_SOURCE_MEDIA),
  SRC ("report-by-before-participle", "The team rejected a report by the BBC claiming that 19 people died.", "the BBC", DIPTYCH_SOURCE_MEDIA),
  FIG ("needed-hospital-treatment", "It disputed the figures, saying fewer than 20 people had needed hospital treatment.", "fewer than 20 people had needed hospital treatment", I, 20, N, 20, AT_MOST, PEOPLE),
  FIG ("remain-in-sites", "An estimated 9,500 people remain in 14 informal sites on the outskirts of the town.", "An estimated 9,500 people remain in 14 informal sites", X, 9500, N, N, APPROX, PEOPLE),
  SRC ("by-the-count-of", "The fighting left, by the count of the Syrian Network for Human Rights (SNHR), at least 31 people dead.", "the Syrian Network for Human Rights (SNHR)", DIPTYCH_SOURCE_NGO),
  SRC ("but-its-spokesman", "The military did not say who had carried out the strike, but its spokesman, Colonel Dawit Belay, said that the army had killed 70 extremists.", "its spokesman, Colonel Dawit Belay", DIPTYCH_SOURCE_MILITARY),
  QUIET_ ("speakers-past-their-place", "A drone strike killed at least 28 people and wounded dozens more, two health workers at the town's main hospital said.", "two health workers"),
  FIG ("toll-of-dead-is-people", "Twelve civilians were killed in the strike. A local official gave a higher toll of 27 dead.", "27 dead", K, 27, 27, 27, EXACT, PEOPLE),
  FIG ("number-of-dead-is-people", "Twelve civilians were killed in the strike. Officials put the number of dead at 38.", "the number of dead at 38", K, 38, 38, 38, EXACT, PEOPLE),
  FIG ("abandoned-their-villages", "In the mountains, hundreds of families have abandoned their villages in recent months.", "hundreds of families have abandoned their villages", X, N, 100, N, VAGUE, PEOPLE),
  QUIET_ ("abandoned-vehicles", "Soldiers abandoned 12 vehicles.", "12 vehicles"),
  FIG ("youth-picked-up", "Residents said more than 40 youth had been picked up.", "more than 40 youth had been picked up", D, 40, 40, N, AT_LEAST, PEOPLE),
  FIG ("moved-in-with-relatives", "About 300 families are staying with relatives in the town.", "About 300 families are staying with relatives", X, 300, N, N, APPROX, PEOPLE),
  QUIET_ ("staff-relocated", "Twenty-three humanitarian staff were temporarily relocated to Goma.", "Twenty-three humanitarian staff"),
  FIG ("health-workers-fled", "Some 40 health workers fled the town.", "Some 40 health workers fled", X, 40, N, N, APPROX, OTHER),
  NO_SRC ("announced-compensation", "The government announced compensation of 25,000 taka for each victim.", "The government"),
  NO_SRC ("declared-mourning", "The city declared three days of mourning.", "The city"),
  SRC ("announced-the-deaths", "The ministry announced the deaths of 12 soldiers.", "The ministry", DIPTYCH_SOURCE_OFFICIAL),
  FIG ("members-of-named-police-force", "Three members of the Myanmar Police Force were killed.", "Three members of the Myanmar Police Force were killed", K, 3, 3, 3, EXACT, SOLDIERS),
  FIG ("members-of-security-service", "Two members of the General Security service were killed.", "Two members of the General Security service were killed", K, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("named-list-after-including", "During the exchange of fire, 2 soldiers, including Lance Naik Muhammad Saleem, 28, a resident of Chakwal, embraced shahadat.", "2 soldiers", K, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("people-from-families", "Thirteen people from two families were forced from their homes after the colonists torched them.", "Thirteen people from two families were forced from their homes", X, 13, 13, 13, EXACT, PEOPLE),
  SRC ("claims-by-outlets-that", "The team rejected as \"fabricated\" claims by some foreign-backed media outlets that 40 civilians were killed.", "some foreign-backed media outlets", DIPTYCH_SOURCE_MEDIA),
  NO_SRC ("such-claims-by", "Such claims by the army often cannot be independently verified.", "the army"),
  FIG ("members-of-quoted-armed-group", "Troops had since killed 11 members of an \"irregular armed group\" and captured 23.", "killed 11 members", K, 11, 11, 11, EXACT, FIGHTERS),
  SRC ("spoke-of", "Residents spoke of at least 30 bodies in the streets.", "Residents", DIPTYCH_SOURCE_WITNESS),
  NO_SRC ("spoke-to-reporters", "The minister spoke to reporters on Monday.", "The minister"),
  FIG ("senior-commanders", "The army said it killed four senior commanders of the group.", "killed four senior commanders", K, 4, 4, 4, EXACT, FIGHTERS),
  FIG ("army-commanders", "Two army commanders were killed.", "Two army commanders were killed", K, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("teenage-nephews", "Gunmen killed two teenage nephews of the mayor.", "killed two teenage nephews", K, 2, 2, 2, EXACT, CHILDREN),
  SRC ("denial-but-says", "The ministry does not say how many of the dead were civilians, but says women and children make up more than half of them.", "The ministry", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("did-not-comment-but-said", "The army did not respond but said 12 soldiers died.", "The army", DIPTYCH_SOURCE_MILITARY),
  NO_SRC ("neighboring-states", "Drones struck the power station, causing a blackout across White Nile and parts of two neighboring states, the state-run electricity company said.", "causing a blackout"),
  FIG ("members-of-vdp-in-full", "The attackers killed seven members of the Volunteers for the Defence of the Homeland.", "killed seven members of the Volunteers for the Defence of the Homeland", K, 7, 7, 7, EXACT, SOLDIERS),
  FIG ("still-under-the-debris", "As many as six residents could still be under the debris.", "As many as six residents could still be under the debris", M, 6, N, 6, AT_MOST, CIVILIANS),
  QUIET_ ("pulled-from-under-the-rubble", "Rescuers pulled 11 people from under the rubble.", "11 people"),
  FIG ("driven-from-villages", "The raids have driven as many as 4,000 people from villages around the town.", "driven as many as 4,000 people from villages", X, 4000, N, 4000, AT_MOST, PEOPLE),
  FIG ("driven-from-a-place", "The attack has driven more than 4,000 people from Déou.", "driven more than 4,000 people from Déou", X, 4000, 4000, N, AT_LEAST, PEOPLE),
  QUIET_ ("forced-from-a-bus", "Troops forced 12 men from a bus.", "12 men"),
  FIG ("put-the-number-after-a-sentence", "The military said 11 suspects had been detained. A prisoners' group put the number at 19.", "the number at 19", D, 19, 19, 19, EXACT, PEOPLE),
  FIG ("of-the-most-critically-injured", "MSF called for the safe evacuation of 12 of the most critically injured patients to Goma.", "12 of the most critically injured patients", I, 12, 12, 12, EXACT, PEOPLE),
  FIG ("the-12-most-critically-injured", "Doctors evacuated the 12 most critically injured patients to Goma.", "12 most critically injured patients", I, 12, 12, 12, EXACT, PEOPLE),
  FIG ("dissidents", "The army said it killed four dissidents.", "killed four dissidents", K, 4, 4, 4, EXACT, FIGHTERS),
  QUIET_ ("money-in-a-named-currency", "The government set aside 50 million Congolese francs for the care of the wounded.", "50 million"),
  FIG ("left-to-stay-with-relatives", "The mayor said up to 4,000 residents had left to stay with relatives in the centre of the country.", "up to 4,000 residents had left", X, 4000, N, 4000, AT_MOST, CIVILIANS),
  FIG ("trauma-cases", "The hospital received 37 trauma cases in 48 hours.", "37 trauma cases", I, 37, 37, 37, EXACT, PEOPLE),
  QUIET_ ("beds-for-trauma-patients", "The hospital has fewer than 40 beds for trauma patients.", "40 beds"),
  FIG ("schoolteachers", "Terrorists had killed 26 civilians, including a Buddhist monk and four schoolteachers.", "four schoolteachers", K, 4, 4, 4, EXACT, OTHER),
  FIG ("paid-the-ultimate-sacrifice", "He said four members of the security forces had paid the ultimate sacrifice.", "four members of the security forces had paid the ultimate sacrifice", K, 4, 4, 4, EXACT, SOLDIERS),
  FIG ("along-with-officers", "Two civilians were among the injured, along with seven officers.", "seven officers", I, 7, 7, 7, EXACT, SOLDIERS),
  FIG ("three-vdps", "Troops killed three VDPs.", "killed three VDPs", K, 3, 3, 3, EXACT, SOLDIERS),
  FIG ("among-the-dead-name-then-figure", "Among the dead were Ahmed Musa, 58, and two teenagers who had been admitted to the clinic.", "two teenagers", K, 2, 2, 2, EXACT, CHILDREN),
  SRC ("quoted-by-outlet-speaker", "A CODECO spokesperson quoted by Radio Okapi denied that the group had attacked the camp.", "A CODECO spokesperson", DIPTYCH_SOURCE_OTHER),
  SRC ("quoted-by-lowercase-outlet", "Local sources quoted by foreign media said 30 fighters were killed.", "foreign media", DIPTYCH_SOURCE_MEDIA),
  SRC ("quoted-by-lowercase-speaker", "Local sources quoted by foreign media said 30 fighters were killed.", "Local sources", DIPTYCH_SOURCE_ANONYMOUS),
  SRC ("interviewed-by-speaker", "Witnesses interviewed by Human Rights Watch said 30 fighters were killed.", "Witnesses", DIPTYCH_SOURCE_WITNESS),
  NO_SRC ("interviewed-by-not-whole", "Witnesses interviewed by Human Rights Watch said 30 fighters were killed.", "Witnesses interviewed by Human Rights Watch"),
  SRC ("reached-by-telephone", "A resident reached by telephone said 30 fighters were killed.", "A resident", DIPTYCH_SOURCE_WITNESS),
  SRC ("number-led-first-of-two", "Two health workers and a local official told AFP that 14 people had been killed.", "Two health workers", DIPTYCH_SOURCE_ANONYMOUS),
  SRC ("number-led-second-of-two", "Two security sources and a local official said the clinic was hit.", "a local official", DIPTYCH_SOURCE_ANONYMOUS),
  FIG ("long-name-initials-aside", "At least 12 members of the Volunteers for the Defence of the Homeland (VDP), a civilian militia that fights alongside the army, were among the dead.", "At least 12 members of the Volunteers for the Defence of the Homeland (VDP)", K, 12, 12, N, AT_LEAST, SOLDIERS),
  SRC ("called-that-figure-quote", "The armed forces called that figure \"false and irresponsible.\"", "The armed forces", DIPTYCH_SOURCE_MILITARY),
  SRC ("according-to-and-number-other", "Soldiers blocked the road, according to the nurse and two other witnesses.", "two other witnesses", DIPTYCH_SOURCE_WITNESS),
  SRC ("according-to-and-two-lawyers", "Security forces detained hundreds of young men, according to residents and two lawyers interviewed by the organisation.", "two lawyers", DIPTYCH_SOURCE_OTHER),
  SRC ("one-lawyer-estimated", "One lawyer estimated that nearly 600 people were being held at a military camp.", "One lawyer", DIPTYCH_SOURCE_ANONYMOUS),
  NO_SRC ("according-to-and-number-fled", "The road was blocked, according to police and some 600 fled.", "some 600"),
  QUIET_ ("whole-of-a-share", "Nearly 40 per cent of Talodi's 60,000 residents had already left.", "60,000"),
  QUIET_ ("whole-of-a-share-the-town", "Nearly 40 percent of the town's 60,000 residents have fled.", "60,000"),
  FIG ("share-of-the-killed", "Half of the 300 people killed were children.", "300 people killed", K, 300, 300, 300, EXACT, PEOPLE),
  FIG ("in-the-bandits-custody", "He said at least 40 people were still in the bandits' custody.", "at least 40 people were still in the bandits' custody", D, 40, 40, N, AT_LEAST, PEOPLE),
  FIG ("in-military-custody", "Two men remain in military custody.", "Two men remain in military custody", D, 2, 2, 2, EXACT, MEN),
  FIG ("and-three-boys-aged", "The dead included four women and three boys aged between 14 and 17.", "three boys", K, 3, 3, 3, EXACT, CHILDREN),
  FIG ("two-words-joined-before-noun", "The group has counted at least 20 land and environmental defenders killed in Honduras.", "at least 20 land and environmental defenders killed", K, 20, 20, N, AT_LEAST, OTHER),
  SRC ("counted-joined-noun-source", "The Tegucigalpa-based environmental group Bosque Vivo has counted at least 20 land and environmental defenders killed in Honduras.", "The Tegucigalpa-based environmental group Bosque Vivo", DIPTYCH_SOURCE_OTHER),
  QUIET_ ("rifles-and-pistols", "They seized 20 rifles and 30 pistols.", "20"),
  SRC ("subject-aside-in-a-message-and-said", "The Prime Minister, in a message, lauded the security forces and said the sacrifices would not go in vain.", "The Prime Minister", DIPTYCH_SOURCE_OFFICIAL),
  NO_SRC ("told-us-to-leave", "“I counted 19 bodies in our street before the soldiers told us to leave.”", "the soldiers"),
  NO_SRC ("told-residents-to-stay", "Police told residents to stay indoors after 12 people were killed.", "Police"),
  SRC ("report-a-higher-toll", "Local civil society organisations report a higher toll of 52 dead.", "Local civil society organisations", DIPTYCH_SOURCE_OTHER),
  FIG ("out-of-danger", "Two of them died in the evening. The remaining five were out of danger, Asim added.", "five were out of danger", I, 5, 5, 5, EXACT, PEOPLE),
  FIG ("in-intensive-care-had-died", "Suspilne reported that one of the children in intensive care had died.", "one of the children in intensive care had died", K, 1, 1, 1, EXACT, CHILDREN),
  FIG ("in-critical-condition-stays-hurt", "Five people were in critical condition.", "Five people were in critical condition", I, 5, 5, 5, EXACT, PEOPLE),
  SRC ("deployed-and-report-that", "The Armed Forces of the DRC (FARDC) deployed about 120 soldiers to the area on 12 September and report that 17 people have been arrested.", "The Armed Forces of the DRC (FARDC)", DIPTYCH_SOURCE_MILITARY),
  FIG ("two-young-sons", "A farmer who lost his wife and two young sons in the attack said 31 people died.", "two young sons", K, 2, 2, 2, EXACT, CHILDREN),
  FIG ("part-of-the-held-moved", "An estimated 1,000 people had been detained by the RSF, and between 60 and 80 of them had been moved to an unknown location.", "between 60 and 80 of them had been moved to", D, N, 60, 80, RANGE, PEOPLE),
  FIG ("part-of-the-bodies-named-with-wounds", "The morgue had received 64 bodies since the fighting, 40 of them civilians with gunshot wounds to the head or chest.", "40 of them civilians with gunshot wounds", K, 40, 40, 40, EXACT, CIVILIANS),
  FIG ("part-of-the-evacuees", "Some 6,000 people have been evacuated. The head said 412 of the evacuees were children.", "412 of the evacuees were children", X, 412, 412, 412, EXACT, CHILDREN),
  FIG ("evacuees-included", "The evacuees included as many as 500 children.", "The evacuees included as many as 500 children", X, 500, N, 500, AT_MOST, CHILDREN),
  FIG ("bodies-of-part-of-the-held", "Soldiers detained 14 men. The bodies of two of the detained men were later found dumped by a stream.", "The bodies of two of the detained men", K, 2, 2, 2, EXACT, MEN),
  FIG ("prisoners-hanged", "Iran: Four Kurdish prisoners hanged as dozens arrested in Mahabad", "Four Kurdish prisoners hanged", K, 4, 4, 4, EXACT, PEOPLE),
  FIG ("executing-members", "The ELN accused the Gulf Clan of executing two of its members after they were taken prisoner.", "executing two of its members", K, 2, 2, 2, EXACT, FIGHTERS),
  QUIET_ ("form-three-student", "The dead — two men in their twenties and a Form Three student — were hit in the chest and head.", "Three"),
  QUIET_ ("grade-seven-pupil", "A Grade 7 pupil was killed.", "7"),
  QUIET_ ("complaints-of-police", "The commission recorded upwards of 40 deaths in police custody and 1,093 complaints of police misconduct.", "1,093"),
  QUIET_ ("supplies-for-trauma-cases", "Medical supplies for 500 trauma cases were airlifted to Obo on 21 August.", "500"),
  QUIET_ ("supplies-to-hospitals-for-wounded", "The ICRC said it had sent surgical supplies to hospitals in Osh and Batken for 500 wounded.", "500"),
  QUIET_ ("kits-to-treat-patients", "WHO delivered trauma kits sufficient to treat 100 patients.", "100"),
  QUIET_ ("fallen-ill", "Cholera has killed at least 26 people in the camps, and more than 900 have fallen ill in a fortnight.", "900"),
  QUIET_ ("part-of-their-animals", "He said eight herders were among the dead and that more than 200 of their animals were killed or stolen.", "200"),
  FIG ("part-of-their-cattle-keepers", "Police said up to 14 of their cattle keepers had been arrested.", "up to 14 of their cattle keepers had been arrested", D, 14, N, 14, AT_MOST, OTHER),
  QUIET_ ("hanged-banners", "Protesters hanged 12 banners on the bridge.", "12"),
  FIG ("wounded-and-later-died", "Two soldiers were wounded and later died in hospital.", "Two soldiers were wounded", K, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("wounded-and-others-killed", "Two soldiers were wounded and three others were killed.", "Two soldiers were wounded", I, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("part-of-the-dead-with-wounds", "The prosecutor said 11 bodies were found on Monday, several of them with gunshot wounds to the head.", "several of them with gunshot wounds", K, N, 3, N, VAGUE, PEOPLE),
  FIG ("among-the-dead-list-with-aside", "Among the dead were three men, the imam Ahmed Musa, and two elderly women.", "two elderly women", K, 2, 2, 2, EXACT, WOMEN),
  QUIET_ ("attackers-counted-in-dashes-escaped", "He said 14 others were wounded, and that the attackers – between 20 and 25 men armed with automatic rifles – had escaped across the river.", "20"),
  QUIET_ ("armed-men-who-fled", "Lawmen are pursuing around 20 armed men who fled towards the mountains.", "20"),
  FIG ("bare-number-taken-hostage", "Around 1,200 people were killed and about 250 were taken hostage.", "about 250 were taken hostage", D, 250, N, N, APPROX, PEOPLE),
  FIG ("people-reported-missing", "The victims were among at least 17 people reported missing in the area since March.", "at least 17 people reported missing", M, 17, 17, N, AT_LEAST, PEOPLE),
  NO_SRC ("time-before-comma-no-source", "Later Friday, the death toll rose to 16, said the provincial spokesman, Naveed Khattak.", "Later Friday"),
  SRC ("time-before-comma-said-after", "On Friday, the death toll rose to 16, said the spokesman.", "the spokesman", DIPTYCH_SOURCE_OTHER),
  FIG ("participle-then-aside", "Two civilians living next to the station, a shopkeeper and his 12-year-old son, were also killed, he said.", "Two civilians", K, 2, 2, 2, EXACT, CIVILIANS),
  SRC ("according-to-and-interviewed-by", "The attack killed 12 civilians, according to residents and a local doctor interviewed by the SRO.", "a local doctor", DIPTYCH_SOURCE_ANONYMOUS),
  SRC ("according-to-interviewed-by", "The remaining 13 are still missing, according to relatives interviewed by Amnesty.", "relatives", DIPTYCH_SOURCE_WITNESS),
  SRC ("said-a-spokesperson-for", "The strike hit the monastery at around 9:30 p.m. on Monday, said a spokesperson for the Pa-O National Liberation Army (PNLA), which has fought the junta in the area since late 2023.", "a spokesperson for the Pa-O National Liberation Army (PNLA)", DIPTYCH_SOURCE_MILITARY),
  NO_SRC ("put-the-number-at-no-source", "The RSF, which control the area, said they had deployed a force, put the number of dead at fewer than 40 and had arrested almost 50 people.", "the number of dead at fewer"),
  NO_SRC ("in-a-later-update-put-the-toll", "The office said it had opened an investigation and, in a later update, put the toll at 12 dead and 27 injured.", "the toll at 12 dead"),
  NO_SRC ("in-a-statement-on-telegram-no-source", "The RSF, in a statement on Telegram, denied targeting civilians, said fewer than 10 civilians had died in crossfire and said its forces had withdrawn.", "in a statement on Telegram"),
  QUIET_ ("pulled-out-alive", "Its crews had pulled four people out alive and were still searching for an elderly woman.", "four"),
  FIG ("believed-to-be-buried-under", "Rescuers were still searching on Friday for about a dozen people believed to be buried under the collapsed hall.", "about a dozen people believed to be buried", M, 12, N, N, APPROX, PEOPLE),
  SRC ("relative-aside-with-quotes", "A spokesman for the group, who gave his name as \"General Ayeke\", said the army had killed as many as 15 civilians.", "A spokesman for the group", DIPTYCH_SOURCE_OTHER),
  SRC ("relative-aside-with-curly-quotes", "Separatist fighters, who have been fighting since 2017 for an independent state they call “Ambazonia”, claimed the attack.", "Separatist fighters", DIPTYCH_SOURCE_OTHER),
  SRC ("place-aside-then-distance-aside", "Local officials in El Fula, the state capital, about 60 kilometres (37 miles) away, said 15–20 wounded had reached the town’s hospital.", "Local officials in El Fula", DIPTYCH_SOURCE_OFFICIAL),
  FIG ("families-from-two-sitios", "Cabahug said 87 families from two sitios near the clash site had fled to the municipal gymnasium.", "87 families from two sitios near the clash site had fled", X, 87, 87, 87, EXACT, PEOPLE),
  FIG ("residents-from-wards-aside", "The administrator said that 1,350 residents from six wards, among them around 400 children, had been temporarily relocated to safe places.", "1,350 residents", X, 1350, 1350, 1350, EXACT, CIVILIANS),
  SRC ("allegations-by-outlets-that", "The General Staff rejected as fake news allegations by foreign media outlets that soldiers had executed as many as 20 civilians.", "foreign media outlets", DIPTYCH_SOURCE_MEDIA),
  NO_SRC ("allegations-by-no-clause", "Such allegations by the army cannot be verified.", "the army"),
  SRC ("the-communique-specifies", "Two dozen suspects were apprehended near the town, the communiqué specifies.", "the communiqué", DIPTYCH_SOURCE_OTHER),
  FIG ("members-of-a-vigilante-group", "He said 11 members of a local vigilante group were among the dead.", "11 members of a local vigilante group were among the dead", K, 11, 11, 11, EXACT, FIGHTERS),
  FIG ("citizens-by-number", "Occupation forces have killed 71 citizens in the West Bank.", "killed 71 citizens", K, 71, 71, 71, EXACT, CIVILIANS),
  FIG ("other-citizens", "Three young men were killed and 17 other citizens were injured.", "17 other citizens were injured", I, 17, 17, 17, EXACT, CIVILIANS),
  FIG ("unarmed-citizens", "The militia executed 112 unarmed citizens.", "executed 112 unarmed citizens", K, 112, 112, 112, EXACT, CIVILIANS),
  FIG ("defenceless-citizens", "Eleven defenceless citizens were killed in the raid.", "Eleven defenceless citizens were killed", K, 11, 11, 11, EXACT, CIVILIANS),
  FIG ("innocent-citizens", "The gunmen killed 12 innocent citizens.", "killed 12 innocent citizens", K, 12, 12, 12, EXACT, CIVILIANS),
  SRC ("place-then-name-said", "By Sunday morning the death toll had risen to 11 after three of the wounded died in the hospital in Kharkiv, Kostiuk said.", "Kostiuk", DIPTYCH_SOURCE_OTHER),
  NO_SRC ("place-then-name-no-hospital", "By Sunday morning the death toll had risen to 11 after three of the wounded died in the hospital in Kharkiv, Kostiuk said.", "three of the wounded died in the hospital"),
  SRC ("relative-aside-with-a-list", "The Multinational Joint Task Force, which brings together troops from Cameroon, Chad, Niger and Nigeria, said in a statement that its forces had killed 23 Boko Haram fighters.", "The Multinational Joint Task Force", DIPTYCH_SOURCE_MILITARY),
  FIG ("the-capture-of", "The army said its operations had killed 14 fighters and led to the capture of two dozen others.", "capture of two dozen others", D, 24, 24, 24, EXACT, FIGHTERS),
  NO_SRC ("attacks-blamed-on", "Gunmen attacked the town, killing two police officers, authorities said, the latest in a wave of attacks blamed on dissident rebels.", "the latest in a wave of attacks"),
  SRC ("officials-blamed-on", "In March, eight herders were shot dead in a raid that security officials blamed on a rival community.", "security officials", DIPTYCH_SOURCE_OFFICIAL),
  FIG ("left-since-the-start", "He said nearly 150 residents, most of them elderly, had left since the start of the month as the shelling intensified.", "nearly 150 residents", X, 150, N, 150, AT_MOST, CIVILIANS),
  FIG ("left-since-the-fighting-began", "Some 2,000 residents have left since the fighting began.", "Some 2,000 residents have left", X, 2000, N, N, APPROX, CIVILIANS),
  FIG ("moved-to-the-medical-centre", "Twelve of the injured were receiving treatment at the General Hospital, he said, while four others had been moved to the Federal Medical Centre in Gusau.", "four others had been moved to the Federal Medical Centre", I, 4, 4, 4, EXACT, PEOPLE),
  FIG ("moved-to-a-camp", "About 400 people had been moved to a camp outside the town.", "About 400 people had been moved to", X, 400, N, N, APPROX, PEOPLE),
  SRC ("adverb-before-reported", "Some foreign media and exile outlets falsely reported that an air strike had killed 19 civilians.", "exile outlets", DIPTYCH_SOURCE_MEDIA),
  NO_SRC ("sought-a-report-from", "The Chief Minister took notice of the incident and sought a report from the Inspector General of Police within 24 hours.", "the Inspector General of Police"),
  SRC ("family-is-no-adverb", "The victim's family said 12 people died.", "The victim's family", DIPTYCH_SOURCE_WITNESS),
  QUIET_ ("patients-including-some-sick", "A mobile health team has treated 140 patients, including 35 children with acute watery diarrhoea, at the largest site.", "140"),
  QUIET_ ("patients-including-some-hurt", "A mobile clinic supported by a national NGO treated 310 patients in its first week, including 19 people with conflict-related injuries.", "310"),
  FIG ("people-including-one-hurt", "The Palestinian Red Crescent said it had treated nine people, including a 70-year-old man with a fractured skull.", "treated nine people", I, 9, 9, 9, EXACT, PEOPLE),
  QUIET_ ("sleeping-in-the-main-hall", "More than 150 people were sleeping in the main hall when the bombs hit.", "150"),
  FIG ("sleeping-in-a-sports-hall", "Some 300 people are sleeping in a sports hall.", "Some 300 people are sleeping in a sports hall", X, 300, N, N, APPROX, PEOPLE),
  FIG ("took-and-shot-them", "“They came at dawn, took my husband and my two brothers out of the house and shot them behind the church,” a woman said.", "my two brothers", K, 2, 2, 2, EXACT, MEN),
  FIG ("took-x-and-my-two-sons", "They took the cattle and my two sons.", "my two sons", D, 2, 2, 2, EXACT, MEN),
  FIG ("among-the-dead-as-well-as", "Among the dead were a Protestant pastor and his wife, as well as at least six children, according to the mayor.", "at least six children", K, 6, 6, N, AT_LEAST, CHILDREN),
  NO_SRC ("in-disputes-over-land", "The centre said that more than 1,200 people had been killed in Bauchi and neighboring Plateau state in disputes over land and grazing rights.", "neighboring Plateau state"),
  NO_SRC ("only-show-up", "\"Every week another family comes to us. The authorities only show up when the cameras are here,\" she said.", "The authorities"),
  QUIET_ ("cows-are-no-people", "The association said 37 cows belonging to its members were killed.", "37"),
  FIG ("have-vanished", "The collective says 38 people have vanished from the municipality this year.", "38 people have vanished", M, 38, 38, 38, EXACT, PEOPLE),
  FIG ("among-them-unknown-noun-past-source", "At least 16 people have been killed in and around Parácuaro since 2 May, according to the attorney general’s office, among them four lime pickers ambushed on their way to work.", "four lime pickers", K, 4, 4, 4, EXACT, PEOPLE),
  QUIET_ ("cache-including-kalashnikovs", "Troops seized a large cache of arms near the town on Friday, according to the army, including 12 Kalashnikovs.", "12"),
  QUIET_ ("every-one-of-them", "“We will not relent until every one of them is back with their families,” the army spokesman said.", "one"),
  QUIET_ ("bodies-one-by-one", "\"In the morning we counted the bodies one by one,\" Habimana told Reuters by phone.", "one"),
  SRC ("opening-in-place-then-office", "In Uganda, the Office of the Prime Minister, which handles refugee affairs, said about 2,000 of the new arrivals were being moved.", "the Office of the Prime Minister", DIPTYCH_SOURCE_OFFICIAL),
  FIG ("held-for-several-hours", "Three staff members were held for several hours before being released.", "Three staff members were held for several hours", D, 3, 3, 3, EXACT, OTHER),
  FIG ("briefly-held", "Two national staff were briefly held at a checkpoint.", "Two national staff were briefly held", D, 2, 2, 2, EXACT, OTHER),
  QUIET_ ("talks-held-for-hours", "The talks were held for several hours on Monday.", "several"),
  FIG ("armed-group-holding-civilians", "Local leaders say the RDN is holding as many as 12 civilians at a base.", "holding as many as 12 civilians", D, 12, N, 12, AT_MOST, CIVILIANS),
  QUIET_ ("school-holding-children", "The school is holding 300 children.", "300 children"),
  FIG ("sheltering-at-named-site", "Some 4,100 are sheltering at the Saint-Joseph parish site.", "Some 4,100 are sheltering at the Saint-Joseph parish site", X, 4100, N, N, APPROX, PEOPLE),
  QUIET_ ("sheltering-at-the-site", "Some 4,100 are sheltering at the site.", "4,100"),
  QUIET_ ("counted-source-with-another", "At least 30 people were killed when fighting engulfed the town, two residents and a health official said on Thursday.", "two residents"),
  FIG ("counted-then-reported-missing", "Two residents and a guard were reported missing.", "Two residents and a guard were reported missing", M, 2, 2, 2, EXACT, CIVILIANS),
  QUIET_ ("and-that-they-did-it", "The ministry said terrorists had killed 17 civilians and that some 200 troops sent as reinforcements had \u201cneutralised\u201d about 20 assailants.", "some 200 troops"),
  PART_ ("and-that-they-crossed", "An estimated 12,400 people have been displaced. Of these, 7,900 are with host families, and some 4,500 have crossed into the Central African Republic.", "some 4,500 have crossed into", "An estimated 12,400 people have been displaced"),
  SRC ("said-another-villager", "\u201cThe soldiers arrived the next morning,\u201d said another villager.", "another villager", DIPTYCH_SOURCE_WITNESS),
  PART_ ("of-them-after-count-of-things", "Teams registered 11,480 displaced people in 14 centres; 5,200 of them are children.", "5,200 of them are children", "11,480 displaced people"),
  QUIET_ ("of-them-after-count-of-staff", "The agency employs 140 staff in the country, 12 of them are women.", "12 of them"),
  FIG ("predicate-group-described-with-or", "Some 11,480 people were displaced; 5,200 of them are children and almost 600 are pregnant or breastfeeding women.", "almost 600 are pregnant or breastfeeding women", X, 600, N, 600, AT_MOST, WOMEN),
  QUIET_ ("relative-of-one-of-the-slain", "A relative of one of the slain men, who asked not to be identified, told the agency they were farmers.", "one of the slain men"),
  PART_ ("list-naming-someone-between", "Fighting has killed at least 34 people. Twenty-one of them were civilians, among them four women, a local imam and his two grandsons.", "two grandsons", "Twenty-one of them were civilians"),
  PART_ ("list-line-under-colon", "According to the DTM, 14,300 people (about 2,860 households) have arrived in the following locations:\n\nEd Dueim town: 8,100 people, most of them sheltering in 14 schools.", "8,100 people", "14,300 people (about 2,860 households) have arrived in"),
  PART_ ("list-line-after-list-line", "According to the DTM, 14,300 people have arrived in the following locations:\n\nEd Dueim town: 8,100 people.\n\nKosti: 3,900 people, including 1,700 children.", "3,900 people", "14,300 people have arrived in"),
  PART_ ("list-line-broken-down", "According to the DTM, 14,300 people have arrived in the following locations:\n\nKosti: 3,900 people, including 1,700 children.", "1,700 children", "3,900 people"),
  QUIET_ ("label-line-without-list", "The army said 14,300 people had fled.\n\nKosti: 3,900 people, most of them farmers.", "3,900 people"),
  FIG ("of-their-own-soldiers", "The army said soldiers had repelled the attack, killing about 30 terrorists and losing four of their own.", "losing four", K, 4, 4, 4, EXACT, SOLDIERS),
  FIG ("of-their-own-fighters", "The M23 said its fighters had killed about 70 Wazalendo soldiers and lost five of their own.", "lost five", K, 5, 5, 5, EXACT, FIGHTERS),
  FIG ("dateline-year-then-dash", "NAIROBI, 21 August 2025 \u2013 Two health workers were killed when armed men attacked the hospital.", "Two health workers were killed", K, 2, 2, 2, EXACT, OTHER),
  PART_ ("of-the-patients-we-received", "The hospital received 58 wounded. Of the patients we received, 21 were women and 17 were children.", "Of the patients we received, 21 were women", "58 wounded"),
  QUIET_ ("of-the-patients-no-predicate", "The hospital received 58 wounded. Of the patients we received, 21 stayed overnight.", "21"),
  FIG ("sheltering-under-trees", "Aid agencies could not reach an estimated 4,000 others sheltering under trees near Yagori.", "an estimated 4,000 others sheltering under trees", X, 4000, N, N, APPROX, PEOPLE),
  FIG ("camped-in-riverbeds", "Some 17,500 people had been displaced, and up to 2,000 more were camped in dry riverbeds.", "up to 2,000 more were camped in", X, 2000, N, 2000, AT_MOST, PEOPLE),
  QUIET_ ("soldiers-camped", "About 300 soldiers camped in the town.", "300 soldiers"),
  FIG ("taking-away", "The militants went from house to house, taking away a number of young men.", "taking away a number of young men", D, N, 2, N, VAGUE, MEN),
  QUIET_ ("number-of-attackers-at", "Police said one officer was killed and two others were wounded. The police put the number of attackers at between 30 and 40.", "between 30 and 40"),
  FIG ("dead-between-years", "The conflict left an estimated 69,000 people dead between 1980 and 2000.", "an estimated 69,000 people dead", K, 69000, N, N, APPROX, PEOPLE),
  QUIET_ ("between-years", "The conflict left an estimated 69,000 people dead between 1980 and 2000.", "between 1980 and 2000"),
  SRC ("figures-are-from", "Displacement figures are from Kalinaw Relief\u2019s registration teams, as of 8 October.", "Kalinaw Relief\u2019s registration teams", DIPTYCH_SOURCE_OTHER),
  SRC ("rank-abbreviation-in-apposition", "Police have arrested 27 people, a police spokesman, Insp. Hamse Ali Nuur, said.", "a police spokesman, Insp. Hamse Ali Nuur", DIPTYCH_SOURCE_OFFICIAL),
  FIG ("members-eliminated", "The Command said 87 members of the group were eliminated.", "87 members of the group were eliminated", K, 87, 87, 87, EXACT, FIGHTERS),
  FIG ("taken-into-the-bush", "Residents said 25-30 people had been taken into the bush.", "25-30 people", D, N, 25, 30, RANGE, PEOPLE),
  FIG ("sleeping-in-the-bush", "About 2,400 villagers had fled south, and hundreds more were sleeping in the bush near Doropo.", "hundreds more were sleeping in the bush", X, N, 100, N, VAGUE, CIVILIANS),
  FIG ("held-for-hours-active", "Armed men stopped two vehicles and held three national staff for about six hours before releasing them.", "held three national staff", D, 3, 3, 3, EXACT, OTHER),
  QUIET_ ("held-meetings-for-hours", "The council held two meetings for several hours.", "two meetings"),
  FIG ("aside-then-injuries-with-or", "Nine people, among them a community health worker, sustained gunshot or burn injuries.", "Nine people", I, 9, 9, 9, EXACT, PEOPLE),
  PART_ ("list-label-with-aside", "Partners report 8,600 displaced people across 14 sites:\n\nMongyai town (monasteries and schools): about 3,200 people\n\nLashio Township (seven sites): 1,700 people\n\nVillages along the river, outside formal sites: up to 800 people", "up to 800 people", "8,600 displaced people"),
  PART_ ("list-under-a-part-of-the-displaced", "Some 12,000 people have fled to Cúcuta.\n\nApproximately 9,300 of the displaced in Cúcuta are staying in seven collective shelters:\n\nColiseo Toto Hernández: 2,480 people\n\nSalón Comunal Atalaya: 1,350 people", "1,350 people", "Approximately 9,300 of the displaced"),
  PART_ ("list-under-displacement-heading", "Fighting has displaced some 1,900 people since Sunday.\n\nDISPLACEMENT BY SITE\n\n\u2022 Cumbitara town (municipal seat): 1,120 people (352 families), in the sports coliseum\n\n\u2022 Sidon: 480 people (150 families)", "480 people", "displaced some 1,900 people"),
  FIG ("list-bracketed-units", "Fighting has displaced some 1,900 people since Sunday.\n\nDISPLACEMENT BY SITE\n\n\u2022 Cumbitara town: 1,120 people (352 families), in the sports coliseum", "352 families", X, 352, 352, 352, EXACT, PEOPLE),
  QUIET_ ("heading-without-displacement", "Fighting has displaced some 1,900 people since Sunday.\n\nACCESS\n\n\u2022 Cumbitara town: 12 trucks", "12 trucks"),
  FIG ("holding-of-its-members", "The EMC said the guard had been holding 14 of its members.", "holding 14 of its members", D, 14, 14, 14, EXACT, FIGHTERS),
  FIG ("sheltering-in-coliseum", "As many as 350 people were sheltering in the municipal coliseum.", "As many as 350 people were sheltering in the municipal coliseum", X, 350, N, 350, AT_MOST, PEOPLE),
  QUIET_ ("death-threats", "The office said 14 social leaders had received death threats.", "14 social leaders"),
  QUIET_ ("sentenced-to-death", "Two men were sentenced to death.", "Two men"),
  FIG ("taken-by-the-group", "Twenty-one people, most of them girls and young women, were taken by the group and have not been seen since.", "Twenty-one people", D, 21, 21, 21, EXACT, PEOPLE),
  QUIET_ ("more-officers-flown-in", "Police arrested nine suspects on Saturday, and 120 more officers were flown in from Nairobi, he said.", "120 more officers"),
  NO_SRC ("place-aside-before-said", "The attackers arrived in Nairoto, in the Montepuez district, late Saturday, said a miner.", "in the Montepuez district"),
  PART_ ("that-among-the-n-dead-were", "The commander told reporters on Sunday that among the 13 dead were four women and a 15-year-old boy.", "four women", "13 dead"),
  PART_ ("among-the-n-dead-were", "At least 17 people were killed. Among the 21 dead were five children and a gendarme, he said.", "five children", "21 dead"),
  FIG ("abandoned-a-place", "Roughly 1,800 people had abandoned Machoca and surrounding villages.", "Roughly 1,800 people had abandoned Machoca", X, 1800, N, N, APPROX, PEOPLE),
  FIG ("left-the-community", "Residents said between 40 and 50 families had left the community by Monday afternoon.", "between 40 and 50 families had left the community", X, N, 40, 50, RANGE, PEOPLE),
  FIG ("deserted-the-town", "Hundreds of families have deserted the town.", "Hundreds of families have deserted the town", X, N, 100, N, VAGUE, PEOPLE),
  QUIET_ ("soldiers-deserted", "Twelve soldiers deserted the army.", "Twelve soldiers"),
  FIG ("of-the-fleeing-terrorists", "Five of the fleeing terrorists were wounded.", "Five of the fleeing terrorists were wounded", I, 5, 5, 5, EXACT, FIGHTERS),
  FIG ("number-of-the-fleeing-terrorists", "He said a number of the fleeing terrorists were also wounded.", "a number of the fleeing terrorists were also wounded", I, N, 2, N, VAGUE, FIGHTERS),
  QUIET_ ("interviewed-refugees", "Since 24 November, our staff have interviewed 37 refugees about what they fled.", "37 refugees"),
  FIG ("defence-volunteers", "Two village defence volunteers were shot dead.", "Two village defence volunteers were shot dead", K, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("civil-defence-volunteers", "Three civil defence volunteers were injured.", "Three civil defence volunteers were injured", I, 3, 3, 3, EXACT, OTHER),
  SRC ("one-of-the-security-sources", "The base was overrun, one of the security sources said.", "one of the security sources", DIPTYCH_SOURCE_ANONYMOUS),
  SRC ("source-before-adverb", "The Command further indicates that 11 terrorists were captured alive.", "The Command", DIPTYCH_SOURCE_MILITARY),
  PART_ ("list-after-sentence-with-colon", "An estimated 11,800 people, or approximately 1,950 households, have left Rollo commune since 17 October. Figures by site:\n\nKongoussi: 6,400 people, including 3,900 children", "6,400 people", "An estimated 11,800 people"),
  FIG ("personnel-of-law-enforcement", "Official data show 214 personnel of law enforcement agencies and 197 civilians have lost their lives this year.", "214 personnel of law enforcement agencies", K, 214, 214, 214, EXACT, SOLDIERS),
  FIG ("left-for-districts", "Hundreds of families from villages along the highway had left for neighboring districts by Sunday.", "Hundreds of families from villages along the highway had left for neighboring districts", X, N, 100, N, VAGUE, PEOPLE),
  FIG ("more-left-after-displaced", "Some 2,000 people fled the town on Thursday. Hundreds more left on Friday.", "Hundreds more", X, N, 100, N, VAGUE, PEOPLE),
  FIG ("more-arriving", "Up to 5,000 people have crossed since November, and officials say up to 300 more are arriving every day.", "up to 300 more", X, 300, N, 300, AT_MOST, PEOPLE),
  QUIET_ ("more-left-the-meeting", "Two more left the meeting.", "Two more"),
  FIG ("needed-surgery", "Seven of the wounded died shortly after arrival and 18 others needed emergency surgery.", "18 others needed emergency surgery", I, 18, 18, 18, EXACT, PEOPLE),
  FIG ("line-up-and-shoot-them", "\"I saw them line up eight or nine men against the wall of the mosque and shoot them,\" he said.", "eight or nine men", K, N, 8, 9, RANGE, MEN),
  FIG ("were-taken-end-of-clause", "\u201cMy two brothers were taken; we do not know where they are,\u201d said a teacher.", "two brothers were taken", D, 2, 2, 2, EXACT, MEN),
  FIG ("police-colleagues", "He condemned the murder of our three police colleagues.", "murder of our three police colleagues", K, 3, 3, 3, EXACT, SOLDIERS),
  FIG ("terrorist-suspects", "Police detained 10 terrorist suspects.", "detained 10 terrorist suspects", D, 10, 10, 10, EXACT, PEOPLE),
  FIG ("drives-thousands-into-camps", "Cameroon: wave of abductions around Mokolo drives thousands into makeshift camps", "drives thousands into makeshift camps", X, N, 1000, N, VAGUE, PEOPLE),
  FIG ("drove-into-exile", "The 2015 crisis left at least 1,200 people dead and drove more than 400,000 into exile.", "drove more than 400,000 into exile", X, 400000, 400000, N, AT_LEAST, PEOPLE),
  QUIET_ ("drove-into-a-truck", "The army drove 30 suspects into a truck.", "30"),
  FIG ("vague-of-other-wounded", "Dozens of other wounded people were taken by cart to Kaya.", "Dozens of other wounded people", I, N, 12, N, VAGUE, PEOPLE),
  FIG ("no-noun-sheltering", "Some 800 people fled, with about 600 sheltering in a school.", "about 600 sheltering in a school", X, 600, N, N, APPROX, PEOPLE),
  QUIET_ ("no-noun-living-in-village", "Twelve people were killed, three living in the village.", "three"),
  FIG ("moved-into-temple", "In the village, dozens of Buddhist families have moved into a temple in Saiburi town.", "dozens of Buddhist families have moved into a temple", X, N, 12, N, VAGUE, PEOPLE),
  FIG ("taken-from-buses", "In one of the largest incidents, 167 university students were taken from buses near Nejo in March.", "167 university students were taken from buses", D, 167, 167, 167, EXACT, PEOPLE),
  FIG ("marched-away", "A community elder said a number of young men had been marched away by the attackers.", "a number of young men had been marched away", D, N, 2, N, VAGUE, MEN),
  FIG ("left-western-region", "About 300 families have left western Oromia since 2021.", "About 300 families have left western Oromia", X, 300, N, N, APPROX, PEOPLE),
  FIG ("left-the-region", "Thousands of people have left the region in recent years.", "Thousands of people have left the region", X, N, 1000, N, VAGUE, PEOPLE),
  FIG ("adolescents-among-held", "614 people remained in detention, among them 57 women and 46 adolescents.", "46 adolescents", D, 46, 46, 46, EXACT, CHILDREN),
  FIG ("gone-as-far-as", "Some 60 families have gone as far as Lebanon, Makhlouf added.", "Some 60 families have gone as far as", X, 60, N, N, APPROX, PEOPLE),
  FIG ("members-of-security-force", "The spokesman said two members of the General Security force were killed.", "two members of the General Security force were killed", K, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("left-neighbouring-town", "About 300 families have left nearby Kanaker.", "About 300 families have left nearby Kanaker", X, 300, N, N, APPROX, PEOPLE),
  FIG ("hosted-in-a-city", "Some 2,900 families are hosted in Peshawar, 1,150 in Jamrud and 762 in Landi Kotal.", "Some 2,900 families are hosted in", X, 2900, N, N, APPROX, PEOPLE),
  QUIET_ ("hosted-in-centres", "About 3,000 people are hosted in 11 shelter centres.", "11"),
  FIG ("constables-injured", "Three police constables were killed, whereas two constables and a driver were injured.", "two constables", I, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("sheltering-in-parish-hall", "A further 40 or 50 people were sheltering in the parish hall on Sunday.", "40 or 50 people were sheltering in the parish hall", X, N, 40, 50, RANGE, PEOPLE),
  FIG ("sheltering-in-auditorium", "Some 3,000 people fled. Some 620 are sheltering in the municipal auditorium and a primary school.", "Some 620 are sheltering in the municipal auditorium", X, 620, N, N, APPROX, PEOPLE),
  FIG ("recruits-among-dead", "Among the dead were 11 recruits and three children who had come to watch.", "Among the dead were 11 recruits", K, 11, 11, 11, EXACT, SOLDIERS),
  FIG ("sleeping-in-orchards", "Some 3,000 people fled. Hundreds more were sleeping in orchards and olive groves outside the town.", "Hundreds more were sleeping in orchards", X, N, 100, N, VAGUE, PEOPLE),
  FIG ("bundled-into-trucks", "By Sunday morning, more than 60 men had been bundled into pick-up trucks, according to residents.", "more than 60 men had been bundled into", D, 60, 60, N, AT_LEAST, MEN),
  FIG ("sleeping-in-fields", "Some 3,000 people fled. Hundreds more were sleeping in fields near the border, they said.", "Hundreds more were sleeping in fields", X, N, 100, N, VAGUE, PEOPLE),
  FIG ("sheltering-in-monasteries", "Some 4,500 are sheltering in 11 monasteries in Kyaukme alone.", "Some 4,500 are sheltering in 11 monasteries", X, 4500, N, N, APPROX, PEOPLE),
  QUIET_ ("displaced-interviewed-by", "It matches those of six other displaced residents interviewed by this newspaper.", "six other displaced residents"),
  FIG ("wounded-bare-number-late", "Grenades killed at least nine people and wounded 54 late on Saturday, police said.", "wounded 54", I, 54, 54, 54, EXACT, PEOPLE),
  QUIET_ ("houses-set-ablaze-before-attackers-fled", "Twenty-three houses were also set ablaze before the attackers fled towards the border.", "Twenty-three houses"),
  FIG ("armed-men-are-fighters", "Troops neutralised 9 armed men.", "neutralised 9 armed men", K, 9, 9, 9, EXACT, FIGHTERS),
  QUIET_ ("being-treated-for-malnutrition", "About 1,800 of them are children, and at least 40 were being treated for severe malnutrition.", "at least 40"),
  FIG ("treated-for-tear-gas", "Police fired on the crowd. Dozens more were treated for the effects of tear gas.", "Dozens more were treated for", I, N, 12, N, VAGUE, PEOPLE),
  QUIET_ ("clause-after-subordinator", "Two humanitarian partners suspended their activities after a staff member was briefly detained at a checkpoint.", "Two humanitarian partners"),
  QUIET_ ("one-of-the-bars", "Radio Isanganiro reported that a girl who sold drinks outside one of the bars was among the dead.", "one of the bars"),
  FIG ("two-of-the-evacuees", "Medics received the evacuees; two of the evacuees had shrapnel wounds.", "two of the evacuees had shrapnel wounds", I, 2, 2, 2, EXACT, PEOPLE),
  QUIET_ ("families-burying", "Four families are burying their dead this week.", "Four families"),
  FIG ("families-evicted", "Hundreds of families have been evicted from the plantation.", "Hundreds of families have been evicted", X, N, 100, N, VAGUE, PEOPLE),
  FIG ("eviction-of-families", "They denounced the forced eviction of almost 1,100 families.", "eviction of almost 1,100 families", X, 1100, N, 1100, AT_MOST, PEOPLE),
  FIG ("traders-by-their-trade", "Gunmen killed four traders at the market.", "killed four traders", K, 4, 4, 4, EXACT, OTHER),
  FIG ("members-of-staff", "Gunmen killed two members of staff at the hospital.", "killed two members of staff", K, 2, 2, 2, EXACT, OTHER),
  FIG ("part-of-a-counted-whole", "By the time they sped away, nine of the roughly 40 passengers \u2013 most of them women \u2013 were dead.", "nine of the roughly 40 passengers", K, 9, 9, 9, EXACT, PEOPLE),
  FIG ("passed-away", "The hospital received 43 wounded; four of the injured passed away overnight.", "four of the injured passed away", K, 4, 4, 4, EXACT, PEOPLE),
  FIG ("sheltering-at-a-base", "UNMISS said that roughly 3,500 civilians were sheltering at its temporary operating base in Kodok.", "roughly 3,500 civilians were sheltering at its temporary operating base", X, 3500, N, N, APPROX, CIVILIANS),
  FIG ("sheltering-near-a-base", "Some 2,000 people, mainly women and children, are sheltering near the UNMISS company operating base.", "Some 2,000 people", X, 2000, N, N, APPROX, PEOPLE),
  FIG ("living-near-the-camp", "The director said 26 wounded people had been admitted, among them 7 civilians living near the camp.", "7 civilians", I, 7, 7, 7, EXACT, CIVILIANS),
  NO_SRC ("among-opens-the-sentence", "Among the dead were seven children, he said, adding that an imam had been shot.", "Among"),
  FIG ("left-by-sunday", "Hundreds of families had left by Sunday.", "Hundreds of families had left", X, N, 100, N, VAGUE, PEOPLE),
  FIG ("left-the-eastern-quarter", "By Saturday morning, dozens of families had left the eastern quarter for Ahwar, residents said.", "dozens of families had left the eastern quarter", X, N, 12, N, VAGUE, PEOPLE),
  PART_ ("one-of-the-evacuated-wounded", "Twelve wounded were evacuated to Fada. One of the evacuated wounded had died, a nurse said.", "One of the evacuated wounded had died", "Twelve wounded"),
  PART_ ("list-label-with-count-of-places", "The agency had registered 5,312 displaced people at the following sites:\n\nSugapa, Catholic parish compound: 2,140 people\n\nSugapa, Bilogai primary school and two other schools: 1,465 people", "1,465 people", "5,312 displaced people"),
  FIG ("held-where-for-days", "He said troops entered three villages and held roughly 60 men in a monastery compound for two days.", "held roughly 60 men", D, 60, N, N, APPROX, MEN),
  FIG ("headline-neutralises", "Army neutralises 9 secessionist fighters in Njinikom", "neutralises 9 secessionist fighters", K, 9, 9, 9, EXACT, FIGHTERS),
  FIG ("number-still-missing", "A student leader put the number of students still missing at 35-40.", "the number of students still missing at 35-40", M, N, 35, 40, RANGE, PEOPLE),
  FIG ("part-of-a-possessed-whole", "He estimated that up to 3,000 of the subdivision's roughly 42,000 inhabitants had fled.", "up to 3,000 of the subdivision's roughly 42,000 inhabitants had fled", X, 3000, N, 3000, AT_MOST, CIVILIANS),
  QUIET_ ("others-of-armed-men-fled", "\u201cOur heroes neutralised 34 of the attackers and captured seven, while dozens of others fled, abandoning their weapons.\u201d", "dozens of others"),
  FIG ("others-of-villagers-fled", "Gunmen killed 12 villagers, and hundreds of others fled.", "hundreds of others fled", X, N, 100, N, VAGUE, CIVILIANS),
  QUIET_ ("singular-noun-of-things", "It is a region that hosts five refugee camps and has itself been torn by violence.", "five refugee"),
  FIG ("singular-noun-of-agents", "Four civilian eradicators were also hurt.", "Four civilian eradicators were also hurt", I, 4, 4, 4, EXACT, CIVILIANS),
  FIG ("sheltering-in-a-town", "About 4,100 people are sheltering in Mankush town.", "About 4,100 people are sheltering in Mankush town", X, 4100, N, N, APPROX, PEOPLE),
  FIG ("sheltering-in-the-grounds-of", "A further 800 people are sheltering in the grounds of Singa Teaching Hospital.", "800 people are sheltering in the grounds of Singa Teaching Hospital", X, 800, 800, 800, EXACT, PEOPLE),
  FIG ("sheltering-in-a-mission", "Hundreds are still sheltering in the courtyard of the Catholic mission.", "Hundreds are still sheltering in the courtyard of the Catholic mission", X, N, 100, N, VAGUE, PEOPLE),
  FIG ("figure-put-again", "The agency counts roughly 21,500 people displaced, while the mayor puts the figure at between 25,000 and 30,000.", "the figure at between 25,000 and 30,000", X, N, 25000, 30000, RANGE, PEOPLE),
  FIG ("lower-figure-given", "At least 1,800 families had fled. The disaster office gave a lower figure of 6,240 people in 14 evacuation centers.", "figure of 6,240 people", X, 6240, 6240, 6240, EXACT, PEOPLE),
  FIG ("fell-in-the-line-of-duty", "Two soldiers of the National Guard fell in the line of duty.", "Two soldiers of the National Guard fell in the line of duty", K, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("part-of-the-captives", "Relatives said 12 of the captives were still being held on 20 July.", "12 of the captives were still being held", D, 12, 12, 12, EXACT, PEOPLE),
  FIG ("part-of-those-we-treated", "Three of those we treated have since died.", "Three of those we treated have since died", K, 3, 3, 3, EXACT, PEOPLE),
  FIG ("took-with-them", "She said the attackers took several young men with them when they left.", "took several young men", D, N, 3, N, VAGUE, MEN),
  QUIET_ ("took-with-them-to-safety", "Soldiers took 14 residents with them to safety.", "14 residents"),
  FIG ("part-of-a-described-whole", "Two of the four transferred patients had died by Saturday.", "Two of the four transferred patients had died", K, 2, 2, 2, EXACT, PEOPLE),
  FIG ("already-uprooted", "It adds to the 70,000 already uprooted by earlier violence.", "70,000 already uprooted", X, 70000, 70000, 70000, EXACT, PEOPLE),
  FIG ("part-described-by-participle", "At least 23 people were abducted, among them four women and six teenagers recruited by force.", "six teenagers", D, 6, 6, 6, EXACT, CHILDREN),
  FIG ("housing-people", "The school alone is housing 640 people in dormitories built for 300 pupils.", "housing 640 people", X, 640, 640, 640, EXACT, PEOPLE),
  SRC ("residents-describe", "The army says it has retaken the town, but residents reached by phone describe sporadic gunfire.", "residents", DIPTYCH_SOURCE_WITNESS),
  QUIET_ ("share-of-inhabitants-fled", "The mayor told OCHA that most of the village's 2,000 inhabitants had fled.", "2,000 inhabitants"),
  FIG ("bare-number-evacuated-after-hurt", "The hospital treated 23 wounded, and six had been evacuated to Bamako.", "six had been evacuated", I, 6, 6, 6, EXACT, PEOPLE),
  FIG ("site-count-in-brackets", "The remaining 2,500 people are sheltering at three sites in Koury commune: the Koury school site (1,100), Ouatialy (800) and Sirakoro (600).", "800", X, 800, 800, 800, EXACT, PEOPLE),
  QUIET_ ("age-in-brackets", "Seven people were killed: Ali Hassan (12), Omar Bakr (15) and their father.", "12"),
  QUIET_ ("hunted-after-noun", "Police arrested seven men in a dawn raid, while another 20 to 30 suspects were being hunted, he said.", "20 to 30"),
  FIG ("hiding-in-the-hills", "Hundreds of people are hiding in the hills.", "Hundreds of people are hiding in the hills", X, N, 100, N, VAGUE, PEOPLE),
  FIG ("sheltering-in-buildings", "The diocese said 1,200 people were sheltering in parish buildings in Bagata town.", "1,200 people were sheltering in parish buildings", X, 1200, 1200, 1200, EXACT, PEOPLE),
  QUIET_ ("named-fighters-hiding", "Hundreds of IS fighters are still believed to be hiding in the Hamrin mountains.", "Hundreds"),
  FIG ("remain-held", "More than 60 men remain held at the military camp.", "More than 60 men remain held", D, 60, 60, N, AT_LEAST, MEN),
  FIG ("left-without-shelter", "He said at least 120 families had been left without shelter.", "at least 120 families had been left without shelter", X, 120, 120, N, AT_LEAST, PEOPLE),
  FIG ("bare-number-later-died", "23 wounded were taken to the hospital, where three later died.", "three later died", K, 3, 3, 3, EXACT, PEOPLE),
  PART_ ("a-number-of-them", "Another 14 people were wounded, a number of them critically.", "a number of them", "14 people were wounded"),
  FIG ("members-of-the-group", "Simatupang said troops had since killed four members of the group in pursuit operations.", "killed four members of the group", K, 4, 4, 4, EXACT, FIGHTERS),
  FIG ("members-of-a-criminal-group", "Troops killed six members of an armed criminal group.", "killed six members of an armed criminal group", K, 6, 6, 6, EXACT, FIGHTERS),
  QUIET_ ("part-of-a-count-of-things", "The AA, which has seized 14 of Rakhine's 17 townships since launching an offensive, said the strike was one of at least 60.", "14"),
  QUIET_ ("places-where-others-shelter", "Shelling hit residential wards, a market and two monasteries where displaced people were sheltering.", "two monasteries"),
  NO_SRC ("carried-by-boat", "Seven of the wounded had to be carried by boat across the lake to reach the nearest hospital.", "boat"),
  FIG ("part-of-a-named-possessed-whole", "Aid workers estimate that between 8,000 and 10,000 of Manaung's roughly 60,000 residents have fled.", "between 8,000 and 10,000 of Manaung's roughly 60,000 residents have fled", X, N, 8000, 10000, RANGE, CIVILIANS),
  PART_ ("site-counts-after-commas", "An estimated 9,800 people have fled. Site-level figures show the following: Baragoi school, about 3,100 people; Lesirikan, 1,900; and Tuum, 900.", "1,900", "An estimated 9,800 people have fled"),
  QUIET_ ("raiders-numbered", "A security official said the raiders numbered about 60 and had crossed the border on foot.", "about 60"),
  QUIET_ ("survivors-counselled", "The Kenya Red Cross said it was offering counselling to 27 survivors and to the families of the dead.", "27 survivors"),
  QUIET_ ("patients-moved", "The health department reported that 60 patients were moved to a monastery.", "60 patients"),
  FIG ("toll-was", "Kalokol ward representative Mary Akiru said the toll was more than 30 and accused the government of ignoring warnings.", "the toll was more than 30", K, 30, 30, N, AT_LEAST, PEOPLE),
  SRC ("single-quotes", "'They came before dawn, about 40 of them,' said Ngaba Rosalie, 52, who hid in a field.", "Ngaba Rosalie", DIPTYCH_SOURCE_WITNESS),
  SRC ("curly-single-quotes", "\u2018They came before dawn,\u2019 said Ngaba Rosalie.", "Ngaba Rosalie", DIPTYCH_SOURCE_WITNESS),
  PART_ ("of-the-injured-at-large", "Gunmen killed nine people, wounding 32 others. Four soldiers were wounded in the firefight. Three of the injured died overnight.", "Three of the injured died", "wounding 32 others"),
  FIG ("killing-of-them-after-attackers", "Troops repelled an attack by about 300 terrorists near the town, killing 31 of them.", "killing 31 of them", K, 31, 31, 31, EXACT, FIGHTERS),
  SRC ("subject-before-dash-aside", "Staff at Koroba Health Centre \u2014 which has no doctor \u2014 said they had treated two dozen people on Friday.", "Staff at Koroba Health Centre", DIPTYCH_SOURCE_WITNESS),
  SRC ("statement-shared-by", "JNIM claimed responsibility in a statement shared by the SITE Intelligence Group, saying its fighters had killed dozens.", "the SITE Intelligence Group", DIPTYCH_SOURCE_OTHER),
  SRC ("a-claim-by", "The Congolese army denied a claim by the rights group that soldiers had abandoned their positions.", "the rights group", DIPTYCH_SOURCE_NGO),
  NO_SRC ("shared-by-two-families", "The house was shared by two families.", "two families"),
  PART_ ("among-them-were-a-list", "Gunmen killed 14 people in the market. Among them were the town's imam, two schoolteachers, three women selling tea and a boy.", "two schoolteachers", "killed 14 people"),
  FIG ("bodies-of-irregulars", "The bodies of the 13 irregulars had been handed over.", "bodies of the 13 irregulars", K, 13, 13, 13, EXACT, FIGHTERS),
  FIG ("bodies-of-the-irregulars", "The bodies of the 13 irregulars had been handed over.", "The bodies of the 13 irregulars", K, 13, 13, 13, EXACT, FIGHTERS),
  QUIET_ ("whereabouts-of-the-men", "The group called on the military to disclose the whereabouts of the 14 men.", "14 men"),
  SRC ("and-inside-a-name", "According to the Relief and Rehabilitation Commission (RRC), an estimated 11,500 people have fled their homes.", "the Relief and Rehabilitation Commission (RRC)", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("agencies-estimate", "Aid agencies estimate that 300 people died.", "Aid agencies", DIPTYCH_SOURCE_NGO),
  PART_ ("list-after-displaced-population", "Some 5,900 people have fled since Sunday.\n\nAs of 17 September the displaced population is distributed as follows:\n\n\u2022 Mosquera: approximately 900 people, mostly with relatives.\n", "approximately 900 people", "Some 5,900 people have fled"),
  PART_ ("site-counts-past-households", "The directorate had registered 11,400 newly displaced people (approximately 1,900 households) in four locations: N\u2019Guigmi town (5,200), Diffa town (3,100), Chetimari (1,800) and Kindjandi (1,300).", "1,800", "11,400 newly displaced people"),
  FIG ("among-the-injured-past-an-aside", "Among the injured, who were evacuated to the district hospital, are 11 children and two aid workers.", "11 children", I, 11, 11, 11, EXACT, CHILDREN),
  QUIET_ ("relief-goods", "Volunteers had distributed 400 mats and blankets to families sheltering in Bankilaré town.", "400"),
  FIG ("armed-subject-lost-members", "A spokesman claimed the gang had lost only three members and had killed about a dozen police.", "lost only three members", K, 3, 3, 3, EXACT, FIGHTERS),
  PART_ ("breakdown-of-a-part", "Three days of fighting have killed more than 60 people and forced thousands from their homes. Kong said 38 of the dead were from his county, including seven women and a baby.", "seven women", "38 of the dead"),
  FIG ("killing-its-occupants", "An Israeli drone struck a car on the road at dawn, killing its two occupants.", "killing its two occupants", K, 2, 2, 2, EXACT, PEOPLE),
  PART_ ("list-two-sentences-on", "Some 11,400 people have fled Elbarde town since 6 September. Women and children make up 78 per cent of the displaced. They are concentrated in:\n\nBuulo Jadiid site: 4,600 people\n\nDhuusa Ley site, 8 km west of the town: 3,900 people\n", "3,900 people", "Some 11,400 people have fled"),
  FIG ("forces-lost-members", "Since October, 47 insurgents have been killed in clashes, while the security forces lost 12 members, according to the Command.", "lost 12 members", K, 12, 12, 12, EXACT, SOLDIERS),
  FIG ("cannot-account-for", "As I speak, we cannot account for seven of our people, he said.", "cannot account for seven of our people", M, 7, 7, 7, EXACT, PEOPLE),
  FIG ("still-in-hospital", "Six are still in hospital.", "Six are still in hospital", I, 6, 6, 6, EXACT, PEOPLE),
  FIG ("part-of-its-whole", "The energy company said 14 of its 62 workers at the site were still unaccounted for on Friday.", "14 of its 62 workers at the site were still unaccounted for", M, 14, 14, 14, EXACT, OTHER),
  FIG ("troopers-wounded", "Three government troopers were wounded.", "Three government troopers were wounded", I, 3, 3, 3, EXACT, SOLDIERS),
  FIG ("enemy-bodies", "Twelve enemy bodies were recovered, along with 15 high-powered firearms.", "Twelve enemy bodies", K, 12, 12, 12, EXACT, FIGHTERS),
  PART_ ("list-line-with-outcome", "An estimated 6,800 people have been displaced.\n\nDisplaced people by site:\n\nBimasa: 2,100 people sheltering in a mosque compound\n\nLofa: approximately 800 people\n", "approximately 800 people", "An estimated 6,800 people have been displaced"),
  SRC ("coordinated-past-the-day", "The Interior Ministry on Wednesday imposed a curfew and said 300 more officers would be deployed.", "The Interior Ministry", DIPTYCH_SOURCE_OFFICIAL),
  NO_SRC ("later-on-the-day", "Later on Monday, the army shelled the town and said 12 rebels died.", "Later"),
  FIG ("had-sheltered-people", "MONUSCO said its troops had fired warning shots and had sheltered some 1,500 people inside the base overnight.", "sheltered some 1,500 people", X, 1500, N, N, APPROX, PEOPLE),
  FIG ("another-opens-a-sentence", "Guerrillas set off a roadside bomb, killing at least nine soldiers, the military said. Another 14 were wounded in the ambush.", "14 were wounded", I, 14, 14, 14, EXACT, SOLDIERS),
  FIG ("forced-from-the-homes", "Some 170 families were forced from the homes they had built on the estate.", "Some 170 families were forced from the homes", X, 170, N, N, APPROX, PEOPLE),
  QUIET_ ("hosts-migrants", "According to the IOM, Libya hosts more than 800,000 migrants.", "800,000"),
  PART_ ("site-counts-placed-after-colon", "COMRED had registered 3,812 displaced people in three collective centres in Poptun town: 1,460 in the municipal gymnasium, 1,125 in two schools and 1,227 in the parish hall.", "1,460", "3,812 displaced people"),
  SRC ("past-the-dateline-credit", "SOKOTO, Sept. 9, 2025 (NAN) The Sokoto State Police Command says 14 persons were killed.", "The Sokoto State Police Command", DIPTYCH_SOURCE_MILITARY),
  SRC ("rank-in-brackets-kept", "Director General of Police (DGP) Sanjeev Panda said 12 people were killed.", "Director General of Police (DGP) Sanjeev Panda", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("hyphenated-rank", "Army spokesman Lt-Col. Souleymane Garba said three soldiers were killed.", "Army spokesman Lt-Col. Souleymane Garba", DIPTYCH_SOURCE_MILITARY),
  FIG ("armed-subject-also-holding", "The dissidents are also holding at least 12 people, among them three soldiers.", "holding at least 12 people", D, 12, 12, N, AT_LEAST, PEOPLE),
  FIG ("briefly-held-workers", "Armed youth stopped a convoy and briefly held four aid workers, who were released unharmed the same day.", "held four aid workers", D, 4, 4, 4, EXACT, OTHER),
  FIG ("lost-quoted-only", "A commander said his men had lost \u201conly three\u201d fighters.", "lost \u201conly three\u201d fighters", K, 3, 3, 3, EXACT, FIGHTERS),
  FIG ("number-of-those-taken", "Police confirmed the abduction but put the number of those taken at 28.", "the number of those taken at 28", D, 28, 28, 28, EXACT, PEOPLE),
  FIG ("number-taken-to-hospital", "Police put the number of people taken to hospital at 28.", "the number of people taken to hospital at 28", I, 28, 28, 28, EXACT, PEOPLE),
  FIG ("a-sources-figure-of", "Some 3,500 residents had abandoned their homes, nearly triple the government's figure of 1,200.", "government's figure of 1,200", X, 1200, 1200, 1200, EXACT, CIVILIANS),
  FIG ("registered-arrivals", "Volunteers had registered 2,350 arrivals since Monday.", "2,350 arrivals", X, 2350, 2350, 2350, EXACT, PEOPLE),
  FIG ("them-trailed-to-the-forest", "Troops had trailed the attackers to the forest and killed 17 of them.", "killed 17 of them", K, 17, 17, 17, EXACT, FIGHTERS),
  FIG ("them-taken-to-the-forest", "Residents said gunmen took the villagers to the forest and killed 12 of them.", "killed 12 of them", K, 12, 12, 12, EXACT, CIVILIANS),
  FIG ("taken-from-their-fields", "Six farmers were taken from their fields by gunmen.", "Six farmers were taken from their fields", D, 6, 6, 6, EXACT, OTHER),
  QUIET_ ("abandoned-their-farms", "About 300 farmers had abandoned their farms at the height of the planting season.", "300 farmers"),
  SRC ("quoted-rank-in-apposition", "A separatist commander, \"General\" Ebenezer Tamfu, said his fighters killed 25 soldiers.", "A separatist commander, \"General\" Ebenezer Tamfu", DIPTYCH_SOURCE_MILITARY),
  SRC ("rank-of-two-abbreviations", "The Command's spokesman, Lt. Col. Abdulrahman al-Hussein, said the attack was repelled.", "The Command's spokesman, Lt. Col. Abdulrahman al-Hussein", DIPTYCH_SOURCE_MILITARY),
  SRC ("initials-then-on", "Witnesses blamed the killings documented by EACM on fighters of the armed group.", "EACM", DIPTYCH_SOURCE_OTHER),
  NO_SRC ("aside-then-who-said", "\u201cThey took my brother,\u201d said Tolera Bekele, a 38-year-old teacher, who said at least 30 young men had been abducted.", "a 38-year-old teacher"),
  FIG ("joint-force-lost-its-members", "The joint force lost three of its members, while eight others sustained light injuries.", "lost three of its members", K, 3, 3, 3, EXACT, SOLDIERS),
  FIG ("army-lost-its-members", "The army lost three of its members in the ambush.", "lost three of its members", K, 3, 3, 3, EXACT, SOLDIERS),
  FIG ("soldiers-killed-its-members", "He said soldiers had killed four of its members since January.", "killed four of its members", K, 4, 4, 4, EXACT, FIGHTERS),
  FIG ("joint-force-fighters", "The RSF said it killed more than 200 joint force fighters.", "killed more than 200 joint force fighters", K, 200, 200, N, AT_LEAST, FIGHTERS),
  FIG ("cattle-rustlers", "Troops killed 11 cattle rustlers near the border.", "killed 11 cattle rustlers", K, 11, 11, 11, EXACT, FIGHTERS),
  QUIET_ ("shot-dead-giraffes", "The raiders had also shot dead two giraffes and wounded an elephant.", "two giraffes"),
  QUIET_ ("stole-cattle", "Raiders stole 300 cattle from the camp.", "300 cattle"),
  FIG ("title-case-headline", "14 Maoists Killed In Abujhmad Gunfight In Chhattisgarh, Two Jawans Dead", "14 Maoists Killed", K, 14, 14, 14, EXACT, FIGHTERS),
  FIG ("title-case-headline-second", "14 Maoists Killed In Abujhmad Gunfight In Chhattisgarh, Two Jawans Dead", "Two Jawans Dead", K, 2, 2, 2, EXACT, SOLDIERS),
  QUIET_ ("cases-of-illness-among-displaced", "The health secretariat reports 37 cases of acute diarrhoea among displaced children under five.", "37 cases"),
  QUIET_ ("suspected-cases-among-the-displaced", "There were more than 1,200 suspected cases of cholera among the displaced.", "1,200"),
  FIG ("cases-of-abduction-and-killings", "Partners recorded 17 cases of abduction and 23 killings.", "17 cases of abduction", D, 17, 17, 17, EXACT, PEOPLE),
  QUIET_ ("who-lives-two-blocks", "Yesenia C\u00f3rdoba, a 41-year-old shopkeeper who lives two blocks from the station, told DW.", "two blocks"),
  FIG ("aged-list-then-verb", "Two boys aged 12 and 14 were killed.", "Two boys aged 12 and 14 were killed", K, 2, 2, 2, EXACT, CHILDREN),
  FIG ("aged-list-of-three-then-verb", "Three children aged 9, 12 and 14 were killed.", "Three children aged 9, 12 and 14 were killed", K, 3, 3, 3, EXACT, CHILDREN),
  FIG ("aged-then-other-people", "Two boys aged 12 and 14 other people were killed.", "14 other people were killed", K, 14, 14, 14, EXACT, PEOPLE),
  FIG ("predicate-after-age", "Of the 27 dead, 19 were men aged 25, five were women.", "five were women", K, 5, 5, 5, EXACT, WOMEN),
  FIG ("them-after-a-list-of-verbs", "The gang claimed it had driven back the invaders, captured several of them and lost fewer than five of its fighters.", "captured several of them", D, N, 3, N, VAGUE, FIGHTERS),
  FIG ("killed-members-of-initials", "The army said it had killed five members of the ELN and arrested nine people.", "killed five members of the ELN", K, 5, 5, 5, EXACT, FIGHTERS),
  FIG ("hurt-members-of-the-un", "Two members of the UN were injured.", "Two members of the UN were injured", I, 2, 2, 2, EXACT, PEOPLE),
  FIG ("intelligence-agents", "Gunmen killed nine intelligence agents.", "killed nine intelligence agents", K, 9, 9, 9, EXACT, SOLDIERS),
  FIG ("not-come-back", "Villagers said four young men who left for the forest on Thursday had not come back.", "four young men who left for the forest on Thursday had not come back", M, 4, 4, 4, EXACT, MEN),
  FIG ("among-the-arrested-in-a-quote", "\"Among the 26 suspects arrested are four women and two Kenyan nationals.\"", "four women", D, 4, 4, 4, EXACT, WOMEN),
  FIG ("coordinate-other-fate-group", "At least 57 people have been killed since the operation began, 19 of them police officers, and over 8,000 have fled their homes.", "over 8,000 have fled", X, 8000, 8000, N, AT_LEAST, PEOPLE),
  FIG ("others-of-another-fate-keep-group", "He said 4 of the bandits' commanders were among those neutralised, while two soldiers paid the supreme price and three others sustained injuries.", "three others sustained injuries", I, 3, 3, 3, EXACT, SOLDIERS),
  FIG ("were-in-the-hospital", "By morning, four miners were dead and 16 others were in the hospital, according to the company.", "16 others were in the hospital", I, 16, 16, 16, EXACT, OTHER),
  FIG ("headline-present-arrest", "Troops kill 9 terrorists, arrest 22 suspects in Taza operation", "arrest 22 suspects", D, 22, 22, 22, EXACT, PEOPLE),
  QUIET_ ("arrest-warrants", "Officers entered the complex before dawn to serve 51 arrest warrants against gang leaders.", "51"),
  FIG ("privates", "Two privates were wounded.", "Two privates were wounded", I, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("peshmerga", "Two Peshmerga were wounded.", "Two Peshmerga were wounded", I, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("narco-terrorists", "Troops killed five narco-terrorists.", "killed five narco-terrorists", K, 5, 5, 5, EXACT, FIGHTERS),
  FIG ("dash-list-after-the-wounded", "The wounded \u2013 a sergeant and two privates \u2013 were evacuated by helicopter.", "two privates", I, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("dash-list-after-the-dead", "The dead \u2013 two soldiers and a policeman \u2013 were buried on Monday.", "two soldiers", K, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("left-for-the-capital", "Several hundred people have left for the capital since Sunday.", "Several hundred people have left for the capital", X, N, 300, N, VAGUE, PEOPLE),
  SRC ("said-title-then-name", "Dozens of families fled overnight, said the mayor of Vizcat\u00e1n del Ene, Hilario Mendoza, who estimated that 300 people were sheltering in the school.", "the mayor of Vizcat\u00e1n del Ene, Hilario Mendoza", DIPTYCH_SOURCE_OFFICIAL),
  FIG ("places-then-aside-then-verb", "The ministry said more than 2,700 residents of Aksay and neighbouring villages, most of them women and children, had been evacuated to schools.", "more than 2,700 residents", X, 2700, 2700, N, AT_LEAST, CIVILIANS),
  FIG ("where-they-were-sheltering", "She told AFP at a school in Lalaua town where hundreds of families were sheltering.", "hundreds of families were sheltering", X, N, 100, N, VAGUE, PEOPLE),
  FIG ("site-where-they-are-sheltering", "The largest numbers are at Aleosan Central Elementary School, where some 2,600 people are sheltering; others are with relatives.", "some 2,600 people are sheltering", X, 2600, N, N, APPROX, PEOPLE),
  QUIET_ ("basement-where-sheltering", "The strike hit a basement where 30 people were sheltering.", "30 people"),
  FIG ("not-seen-since", "\"We have also not seen 6 of our young men since the attack.\"", "not seen 6 of our young men", M, 6, 6, 6, EXACT, MEN),
  FIG ("sheltering-in-classrooms", "A teacher said scores of families were sheltering in his classrooms.", "scores of families were sheltering in his classrooms", X, N, 20, N, VAGUE, PEOPLE),
  QUIET_ ("unit-name-number", "Two soldiers paid the supreme price, while seven others sustained injuries and were evacuated to the 7 Division Hospital in Maiduguri.", "7 Division"),
  FIG ("disappearances", "The collective has registered 38 disappearances in the municipality since January.", "38 disappearances", M, 38, 38, 38, EXACT, PEOPLE),
  FIG ("sheltering-in-a-sports-complex", "The municipal government said 1,240 people were sheltering in a sports complex and two churches.", "1,240 people were sheltering in a sports complex", X, 1240, 1240, 1240, EXACT, PEOPLE),
  NO_SRC ("one-of-the-states", "Chiapas, long one of Mexico's calmer states, has seen violence surge since 2021.", "calmer"),
  FIG ("killed-abductors", "The troops had rescued 11 of the women late on Sunday and killed four of the abductors.", "killed four of the abductors", K, 4, 4, 4, EXACT, FIGHTERS),
  FIG ("fled-with-gunshot-wounds", "The troops neutralised 26 terrorists, while a number of others fled with gunshot wounds.", "a number of others fled with gunshot wounds", I, N, 2, N, VAGUE, FIGHTERS),
  QUIET_ ("unit-name-in-a-title", "This is contained in a statement issued by the Deputy Director, Army Public Relations, 7 Division, Lt.-Col. Aminu Garba Dikko.", "7"),
  QUIET_ ("one-of-them-said", "Between 25 and 30 soldiers were wounded, the officials said. One of them said the attackers also seized four trucks.", "One of them"),
  FIG ("part-of-them-admitted", "At least 58 people were injured, 23 of them admitted to the general hospital.", "23 of them", I, 23, 23, 23, EXACT, PEOPLE),
  QUIET_ ("of-whom-were-interviewed", "Some 2,000 people have fled to Biu. Newly arrived IDPs, 85 of whom were interviewed by protection monitors, reported abductions.", "85 of whom"),
  QUIET_ ("two-of-those-strikes", "It documented 14 air strikes that killed more than 400 civilians. Only two of those strikes had led to an official inquiry.", "two of those"),
  FIG ("two-of-those-injured", "Twelve people were wounded. Two of those injured died later.", "Two of those injured died", K, 2, 2, 2, EXACT, PEOPLE),
  FIG ("whose-bodies", "The count did not include as many as eight soldiers whose bodies had not been recovered.", "as many as eight soldiers whose bodies", K, 8, N, 8, AT_MOST, SOLDIERS),
  SRC ("according-to-title-then-name", "Among the dead are 11 children, according to the district administrator, Abdirashid Ahmed Nur, who said 52 other people had been wounded.", "the district administrator, Abdirashid Ahmed Nur", DIPTYCH_SOURCE_OFFICIAL),
  FIG ("cattle-keepers", "Akol said between 15 and 20 cattle keepers were still missing in the swamps.", "between 15 and 20 cattle keepers were still missing", M, N, 15, 20, RANGE, OTHER),
  SRC ("statement-translated-by", "In a statement translated by the monitoring group Horn Watch, al-Shabaab claimed to have killed 19 police officers.", "the monitoring group Horn Watch", DIPTYCH_SOURCE_NGO),
  FIG ("currently-held", "MRM estimates that between 400 and 550 people, among them about 80 women, are currently held at the centre.", "between 400 and 550 people", D, N, 400, 550, RANGE, PEOPLE),
  FIG ("of-those-abducted", "About 300 people have fled. Of those abducted, 23 were children, the youngest aged eight.", "Of those abducted, 23 were children", D, 23, 23, 23, EXACT, CHILDREN),
  FIG ("taken-in-a-single-night", "In the village of Sori alone, 14 people were taken in a single night.", "14 people were taken", D, 14, 14, 14, EXACT, PEOPLE),
  QUIET_ ("taken-in-a-minibus", "Twelve people were taken in a minibus to the hospital.", "Twelve"),
  FIG ("sustained-a-gunshot-wound", "She said two herders were killed, while one police officer sustained a gunshot wound to the leg.", "one police officer sustained a gunshot wound", I, 1, 1, 1, EXACT, SOLDIERS),
  FIG ("name-with-initials-then-noun", "The UPDF said troops killed 11 Allied Democratic Forces (ADF) rebels in the raid.", "killed 11 Allied Democratic Forces (ADF) rebels", K, 11, 11, 11, EXACT, FIGHTERS),
  FIG ("name-then-noun", "Troops killed 14 Kenya Defence Forces soldiers.", "killed 14 Kenya Defence Forces soldiers", K, 14, 14, 14, EXACT, SOLDIERS),
  FIG ("them-where-they-were-followed", "He says troops pursued the attackers into the swamps, where they killed 11 of them, captured two and recovered three rifles.", "killed 11 of them", K, 11, 11, 11, EXACT, FIGHTERS),
  FIG ("led-away", "Two gendarmes were led away by the attackers.", "Two gendarmes were led away", D, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("auxiliaries", "Among the dead were 14 gendarmes and nine auxiliaries of the VDP.", "nine auxiliaries", K, 9, 9, 9, EXACT, SOLDIERS),
  FIG ("fled-with-injuries", "Three people were killed and several others fled with injuries.", "several others fled with injuries", I, N, 3, N, VAGUE, PEOPLE),
  PART_ ("among-the-dead-after-the-whole", "Authorities said at least 46 civilians were killed, with 12 children and seven women among the dead.", "seven women among the dead", "at least 46 civilians were killed"),
  FIG ("hostages-held", "The gunmen are holding 12 hostages.", "holding 12 hostages", D, 12, 12, 12, EXACT, PEOPLE),
  FIG ("hostages-killed", "Nine hostages were killed.", "Nine hostages were killed", K, 9, 9, 9, EXACT, PEOPLE),
  FIG ("freed-hostages", "Troops freed 16 hostages.", "16 hostages", D, 16, 16, 16, EXACT, PEOPLE),
  QUIET_ ("released-villagers", "The soldiers later released five of the villagers.", "five"),
  FIG ("settlers-are-civilians", "The bodies of three settlers were found on a dirt track.", "The bodies of three settlers", K, 3, 3, 3, EXACT, CIVILIANS),
  FIG ("porters-are-workers", "Border guards fired on the men, and the bodies of 10 porters were found.", "the bodies of 10 porters", K, 10, 10, 10, EXACT, OTHER),
  FIG ("comrades-are-fighters", "The rebels admitted 13 comrades killed in the fighting.", "13 comrades killed", K, 13, 13, 13, EXACT, FIGHTERS),
  FIG ("security-guards-are-workers", "The gunmen stormed the mine, killing two security guards.", "killing two security guards", K, 2, 2, 2, EXACT, OTHER),
  FIG ("sheltering-at-named-stadium", "Some 4,600 refugees have fled the centre; over 1,100 are sheltering at Karonga Stadium.", "over 1,100 are sheltering at Karonga Stadium", X, 1100, 1100, N, AT_LEAST, PEOPLE),
  FIG ("sheltering-at-station", "An estimated 3,000 people were sheltering at Kompiam station and at a nearby mission.", "An estimated 3,000 people were sheltering at Kompiam station", X, 3000, N, N, APPROX, PEOPLE),
  QUIET_ ("held-in-phases", "The violence was the worst of the polls, held in 10 phases since September.", "10 phases"),
  SRC ("according-to-list-middle", "Security forces killed at least eight people, according to relatives, rights groups and a doctor in the city.", "rights groups", DIPTYCH_SOURCE_NGO),
  SRC ("according-to-list-last", "Security forces killed at least eight people, according to relatives, rights groups and a doctor in the city.", "a doctor in the city", DIPTYCH_SOURCE_ANONYMOUS),
  SRC ("according-to-list-after-aside", "The violence has forced some 2 million from their homes, according to ACLED, a conflict monitor, and aid groups.", "aid groups", DIPTYCH_SOURCE_NGO),
  NO_SRC ("according-to-list-aside-is-no-source", "The violence has forced some 2 million from their homes, according to ACLED, a conflict monitor, and aid groups.", "a conflict monitor"),
  NO_SRC ("according-to-ministry-name-with-commas", "The army killed thousands of Khawarij, according to the Ministry of Information, Culture and Tourism.", "Tourism"),
  NO_SRC ("according-to-opens-main-clause", "According to the OHCHR, RSF fighters and allied militia rounded up at least 300 men.", "RSF fighters"),
  SRC ("according-to-and-local-elders", "Three herders were killed in the crossfire, according to relatives and local elders.", "local elders", DIPTYCH_SOURCE_OTHER),
  SRC ("figure-disputed-by", "Provincial police put the death toll at nine, a figure disputed by community leaders in Chuave.", "community leaders in Chuave", DIPTYCH_SOURCE_OTHER),
  SRC ("claim-dismissed-by", "Moradi said three border guards were hurt in an exchange of fire, a claim dismissed by local residents.", "local residents", DIPTYCH_SOURCE_WITNESS),
  FIG ("moved-temporarily-to-school", "Roughly 40 residents whose houses were damaged had been moved temporarily to a school in the district centre.", "Roughly 40 residents whose houses were damaged had been moved temporarily to a school", X, 40, N, N, APPROX, CIVILIANS),
  FIG ("moved-into-school", "Some 60 families have moved into a government school in Chakai.", "Some 60 families have moved into a government school", X, 60, N, N, APPROX, PEOPLE),
  FIG ("forced-from-the-same-lot", "Two days later, a court-ordered eviction forced 112 families from the same lot.", "forced 112 families from the same lot", X, 112, 112, 112, EXACT, PEOPLE),
  QUIET_ ("searching-for-more-after-arrests", "Police arrested 11 men, including a former councilor, and were searching for dozens more, Paro said.", "dozens more"),
  QUIET_ ("searching-for-others-after-detentions", "The committee said it had detained two dozen people and was searching for several others.", "several others"),
  FIG ("searching-for-who-were-missing", "He said seven suspects had been arrested and that officers were searching for 10 to 12 people who were missing.", "searching for 10 to 12 people", M, N, 10, 12, RANGE, PEOPLE),
  FIG ("well-over", "Police killed 18 people and injured well over 200.", "injured well over 200", I, 200, 200, N, AT_LEAST, PEOPLE),
  FIG ("paid-with-their-lives", "Families were driven out at gunpoint, and two young men paid with their lives.", "two young men paid with their lives", K, 2, 2, 2, EXACT, MEN),
  NO_SRC ("issued-by-with-inputs", "This update is issued by the Inter Sector Coordination Group (ISCG) with inputs from partners.", "the Inter Sector Coordination Group (ISCG)"),
  FIG ("referred-to-long-hospital-name", "Nine of the injured were still in hospital, and four others had been referred to Jawaharlal Nehru Medical College Hospital in Bhagalpur.", "four others had been referred to Jawaharlal Nehru Medical College Hospital", I, 4, 4, 4, EXACT, PEOPLE),
  FIG ("operated-on-patients", "MSF said its team had operated on 23 patients since the attack.", "operated on 23 patients", I, 23, 23, 23, EXACT, PEOPLE),
  FIG ("with-list-of-wounds", "Paro said 47 people with gunshot, arrow and machete wounds were being treated at the provincial hospital.", "47 people with gunshot, arrow and machete wounds", I, 47, 47, 47, EXACT, PEOPLE),
  FIG ("relative-about-where-they-are", "Around 200 families in the Old Ministers' Hill neighbourhood, which overlooks the secretariat, had left their homes for the night.", "Around 200 families", X, 200, N, N, APPROX, PEOPLE),
  SRC ("local-media-report-that", "Local media report that a number of families have left their homes.", "Local media", DIPTYCH_SOURCE_MEDIA),
  QUIET_ ("rounds-in-an-abandoned-house", "Police found 14 rifles and some 3,000 rounds of ammunition in an abandoned house nearby.", "3,000"),
  QUIET_ ("destroyed-homes-before-the-killed", "Rebuild the 160 destroyed homes and compensate the families of all those killed or injured.", "160"),
  PART_ ("site-line-with-two-names-and-aside", "The DTM has registered 1,150 displaced people at four locations:\n\nCollective centre in Zvečan: 380 people\n\nPrivate accommodation in Peja/Peć town (mainly Bosniak and Roma households): 210 people\n", "210 people", "1,150 displaced people"),
  PART_ ("site-line-under-dated-heading", "Some 8,700 people from 14 villages have fled their homes.\n\nDISPLACEMENT BY LOCATION (as of 13 February)\n\nGhumdhum union: 3,900 people, in six schools and with host families.\n", "3,900 people", "Some 8,700 people from 14 villages have fled"),
  SRC ("place-in-name-then-two-verbs", "The United Nations Support Mission in Libya called for an immediate ceasefire and said 12 civilians had been killed.", "The United Nations Support Mission in Libya", DIPTYCH_SOURCE_MILITARY),
  SRC ("name-past-aside-and-citing", "The Ukhrul Times, a local news website, citing village elders, reported that at least 40 houses had been torched there.", "The Ukhrul Times", DIPTYCH_SOURCE_MEDIA),
  SRC ("name-with-of-past-aside-and-citing", "The Global New Light of Myanmar, a state-run newspaper, citing the military’s information team, said on Friday that strikes had killed 14 AA fighters.", "The Global New Light of Myanmar", DIPTYCH_SOURCE_MEDIA),
  SRC ("initials-then-report-that", "The Armed Forces of the Democratic Republic of the Congo (FARDC) report that two soldiers were killed.", "The Armed Forces of the Democratic Republic of the Congo (FARDC)", DIPTYCH_SOURCE_MILITARY),
  SRC ("name-past-two-asides", "Kamal Uddin, unit president of the Nagorik Parishad, a settler organisation, alleged that hundreds of families had fled.", "Kamal Uddin", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("not-opener-past-two-asides", "However, the Coordinating Committee for Valley Integrity, a local group, said 12 people had fled.", "the Coordinating Committee for Valley Integrity", DIPTYCH_SOURCE_OTHER),
  SRC ("aside-then-two-verbs", "Zambia Civic Rights Watch, a Lusaka-based group, called for an independent inquiry and said nearly 200 families had fled riverside camps.", "Zambia Civic Rights Watch", DIPTYCH_SOURCE_NGO),
  NO_SRC ("dateline-agency-reports-that", "Iranshahr, Aug. 21, 2025 (IRNA) – The Police Command says five police officers were killed.\n\nIRNA reports that Iranshahr has witnessed a number of attacks in recent years.", "IRNA"),
  SRC ("other-agency-reports-that", "Iranshahr, Aug. 21, 2025 (IRNA) – The Police Command says five police officers were killed.\n\nABNA reports that 12 people were arrested.", "ABNA", DIPTYCH_SOURCE_OTHER),
  FIG ("basij-militia-are-soldiers", "Six members of the Basij militia were killed in the attack.", "Six members of the Basij militia were killed", K, 6, 6, 6, EXACT, SOLDIERS),
  PART_ ("sites-with-counts-in-brackets", "An estimated 3,900 people are now displaced, up from 2,400 reported on 14 November.\n\nDisplaced people are staying at Maliana parish church (approximately 1,450 people), the hospital grounds (620), the Holy Family convent (nearly 400) and seven smaller sites (about 890).", "620", "An estimated 3,900 people are now displaced"),
  PART_ ("sites-in-brackets-not-of-households", "Partners estimate that 3,900 people (about 780 households) have left their homes. The largest groups are at Barekot Secondary School (about 1,400 people), in Kudu bazaar (some 950) and at the ward office in Dalli (up to 600).", "up to 600", "3,900 people (about 780 households) have left their homes"),
  QUIET_ ("father-of-two-succumbed", "He said a 26-year-old father of two succumbed to his injuries on Saturday.", "two"),
  FIG ("one-rioter-died", "The statement said one rioter had died.", "one rioter had died", K, 1, 1, 1, EXACT, PEOPLE),
  FIG ("unable-to-return-home", "An estimated 1,200 families from Keppapilavu had been unable to return home since the war ended.", "An estimated 1,200 families from Keppapilavu had been unable to return home", X, 1200, N, N, APPROX, PEOPLE),
  FIG ("relative-with-the-disputed", "430 people who had resettled on the disputed land have been displaced again.", "430 people who had resettled on the disputed land have been displaced", X, 430, 430, 430, EXACT, PEOPLE),
  QUIET_ ("searching-for-others-after-custody", "He said 29 suspects had been taken into custody. Police were searching for about 10 others identified from CCTV footage, he said.", "10 others"),
  NO_SRC ("told-our-correspondent", "The hospital director told our correspondent that 43 injured had been admitted.", "our correspondent"),
  PART_ ("site-list-with-noun-and-host-families", "About 11,400 people have fled their homes. The newly displaced are staying in 3 main locations: some 4,800 people in and around the Madhu church compound, approximately 3,900 in schools in Murunkan, and 2,700 with host families in Nanattan.", "2,700", "About 11,400 people have fled"),
  FIG ("aside-lists-nationalities", "An estimated 3,200 people, most of them Angolan, Congolese and Zimbabwean nationals, have been displaced and are sheltering at four sites.", "An estimated 3,200 people", X, 3200, N, N, APPROX, PEOPLE),
  PART_ ("site-line-with-dash", "The council had registered 3,214 displaced people at four sites:\n\nOshakati police station grounds \u2013 1,370 people, including approximately 400 children\n\nOneshila Combined School \u2013 905 people\n", "905 people", "3,214 displaced people"),
  QUIET_ ("as-young-as-before-who-crossed", "\u201cWe treated gunshot wounds in children as young as three,\u201d said Dr Halima Abakar, SMR\u2019s medical coordinator for Darfur, who crossed into Chad with the last group of patients.", "three"),
  QUIET_ ("of-them-under-18", "She said she had treated two dozen patients since Monday, \"most of them with buckshot in the legs, eight of them under 18\".", "under 18"),
  FIG ("sheltering-where-on-a-day", "KFOR said it had deployed troops to guard the monastery, where a further 25 people were sheltering on Monday, among them eight children.", "25 people were sheltering", X, 25, 25, 25, EXACT, PEOPLE),
  FIG ("sheltering-in-gymnasiums", "The municipal government says 1,120 people are sheltering in two municipal gymnasiums.", "1,120 people are sheltering in two municipal gymnasiums", X, 1120, 1120, 1120, EXACT, PEOPLE),
  FIG ("spent-the-night-with-relatives", "Up to 40 families had spent the night with relatives in Debar town.", "Up to 40 families had spent the night with relatives", X, 40, N, 40, AT_MOST, PEOPLE),
  FIG ("three-word-agent-noun", "Two municipal street cleaners were among those hurt.", "Two municipal street cleaners were among those hurt", I, 2, 2, 2, EXACT, OTHER),
  QUIET_ ("suspected-cholera-cases", "The clinic treated 37 suspected cholera cases last week.", "37"),
  FIG ("among-the-dead-then-own-verb", "Among the dead were three boys, and two soldiers were injured.", "two soldiers were injured", I, 2, 2, 2, EXACT, SOLDIERS),
  NO_SRC ("videos-posted-on-social-media", "Videos posted on social media showed plainclothes officers beating a man.", "Videos"),
  NO_SRC ("rumours-on-social-media", "Rumours on social media claimed that 12 people had died.", "Rumours"),
  SRC ("thai-police-rank", "The command\u2019s spokesman, Pol. Lt. Col. Suriya Wongsa, told the National News Bureau of Thailand (NNT) that one villager was injured.", "The command\u2019s spokesman, Pol. Lt. Col. Suriya Wongsa", DIPTYCH_SOURCE_MILITARY),
  SRC ("officials-at-the-council-estimate", "Officials at the Omaheke Regional Council estimate that between 300 and 350 people have been left without shelter.", "Officials at the Omaheke Regional Council", DIPTYCH_SOURCE_OFFICIAL),
  NO_SRC ("state-of-emergency-declared", "Paris has sent 1,000 additional gendarmes, the interior ministry said, and a state of emergency declared on Wednesday will remain in force.", "a state of emergency"),
  SRC ("whose-aside-with-aside", "Kfor, whose largest base, Camp Bondsteel, lies just outside the town, said it had stepped up patrols.", "Kfor", DIPTYCH_SOURCE_OTHER),
  NO_SRC ("whose-aside-name-is-no-source", "Kfor, whose largest base, Camp Bondsteel, lies just outside the town, said it had stepped up patrols.", "Camp Bondsteel"),
  SRC ("who-aside-with-name-and-aside", "A trader from Congo, who gave only his first name, Patrick, for fear of reprisals, said the mob had looted his shop.", "A trader from Congo", DIPTYCH_SOURCE_WITNESS),
  FIG ("and-that-of-them-officers", "Commissioner da Cruz said 350 officers had been deployed and that six of them had been hurt by stones.", "six of them had been hurt", I, 6, 6, 6, EXACT, SOLDIERS),
  NO_SRC ("n-people-reported-missing-no-source", "State authorities have recorded more than 1,900 murders and approximately 2,100 people reported missing in Sinaloa.", "approximately 2,100 people"),
  SRC ("residents-reported-killings", "Armed groups entered several villages, where residents reported killings of civilians in their homes.", "residents", DIPTYCH_SOURCE_WITNESS),
  FIG ("forced-from-at-least-n-hamlets", "The fighting has forced an estimated 3,400 people from at least 22 hamlets since January.", "forced an estimated 3,400 people from at least 22 hamlets", X, 3400, N, N, APPROX, PEOPLE),
  FIG ("left-the-estate", "The town hall said up to 20 families had left the estate since Wednesday.", "up to 20 families had left the estate", X, 20, N, 20, AT_MOST, PEOPLE),
  PART_ ("the-others-were", "Gunmen killed 19 people on Monday. Fourteen of the dead were suspected gunmen; the others were two soldiers and three farm labourers.", "three farm labourers", "killed 19 people"),
  FIG ("and-to-another-object", "We call on the government to provide shelter to the 23 displaced families and to the family of the man who was killed.", "23 displaced families", X, 23, 23, 23, EXACT, PEOPLE),
  FIG ("took-away-with-them", "The gunmen burned 17 houses and took four young women away with them.", "took four young women", D, 4, 4, 4, EXACT, WOMEN),
  FIG ("cut-down", "\u201cThey went from house to house, and seven people were cut down in one compound alone,\u201d he said.", "seven people were cut down", K, 7, 7, 7, EXACT, PEOPLE),
  FIG ("left-for-relatives", "Around 150 residents of villages near the line had left for relatives in Tbilisi since Friday.", "Around 150 residents of villages near the line had left for relatives", X, 150, N, N, APPROX, CIVILIANS),
  FIG ("left-rural-parts", "The municipality estimates that around 1,200 residents have left rural parts of the commune since 2021.", "around 1,200 residents have left rural parts", X, 1200, N, N, APPROX, CIVILIANS),
  FIG ("left-the-hills", "Over the years, hundreds of people have left the hills around the town.", "hundreds of people have left the hills", X, N, 100, N, VAGUE, PEOPLE),
  FIG ("treating-for-list-of-injuries", "At the hospital, doctors were treating 41 people for gunshot, machete and burn injuries, said its director.", "treating 41 people", I, 41, 41, 41, EXACT, PEOPLE),
  FIG ("risen-to-comma-from", "The death toll has risen to 12, from 7 reported in Flash Update No. 1.", "7", K, 7, 7, 7, EXACT, PEOPLE),
  FIG ("cattle-traders-abducted", "Two days later the gang abducted 11 cattle traders returning from the weekly market.", "abducted 11 cattle traders", D, 11, 11, 11, EXACT, OTHER),
  FIG ("one-ranger", "The directorate said that one ranger had been killed and four wounded.", "one ranger had been killed", K, 1, 1, 1, EXACT, SOLDIERS),
  FIG ("took-into-the-bush", "Then they took my husband and five other men into the bush.", "five other men", D, 5, 5, 5, EXACT, MEN),
  PART_ ("site-line-counted-sites", "The offices report 6,214 displaced people in eight evacuation centres and with host families:\n\nLoreto Central School: 2,140 people\n\nFive smaller sites in La Paz: 610 people\n\nHost families in both municipalities: 719 people\n", "719 people", "6,214 displaced people"),
  FIG ("taken-to-an-army-camp", "The group said nine other villagers, three of them women, had been taken to an army camp for questioning.", "nine other villagers", D, 9, 9, 9, EXACT, CIVILIANS),
  FIG ("packed-up-and-left", "She said more than a dozen families had packed up and left her lane since Friday.", "more than a dozen families had packed up and left", X, 12, 12, N, AT_LEAST, PEOPLE),
  FIG ("headline-seize", "Gunmen kill 11 and seize dozens of passengers in Artibonite\n\nThe attack happened on Monday.", "seize dozens of passengers", D, N, 12, N, VAGUE, PEOPLE),
  FIG ("left-the-canton", "About 150 families have already left the canton, the mayor said.", "About 150 families have already left the canton", X, 150, N, N, APPROX, PEOPLE),
  FIG ("men-from-displaced-families", "Partners say 11 men from displaced families were detained at checkpoints.", "11 men from displaced families were detained", D, 11, 11, 11, EXACT, MEN),
  FIG ("not-been-located", "The office reports that 9 people have not been located since the attacks.", "9 people have not been located", M, 9, 9, 9, EXACT, PEOPLE),
  FIG ("left-the-recintos", "An estimated 2,600 people have left the affected recintos.", "An estimated 2,600 people have left the affected recintos", X, 2600, N, N, APPROX, PEOPLE),
  FIG ("release-of-our-colleagues", "MHA demands the immediate and unconditional release of our two colleagues.", "release of our two colleagues", D, 2, 2, 2, EXACT, OTHER),
  FIG ("left-the-streets", "Residents said roughly 30 families had left the streets around the billiard hall by Sunday afternoon.", "roughly 30 families had left the streets", X, 30, N, N, APPROX, PEOPLE),
  FIG ("taken-by-tribal-gunmen", "At least 20 people were taken by tribal gunmen on Monday.", "At least 20 people were taken by tribal gunmen", D, 20, 20, N, AT_LEAST, PEOPLE),
  FIG ("formally-reported-missing", "The Guard said only 12 people had been formally reported missing in the town.", "12 people had been formally reported missing", M, 12, 12, 12, EXACT, PEOPLE),
  FIG ("of-the-dead-were-farmworkers", "The attack killed 30 people. The official said at least four of the dead were farmworkers.", "at least four of the dead were farmworkers", K, 4, 4, N, AT_LEAST, OTHER),
  FIG ("left-for-the-forest", "Residents said 300 people had left for the forest by Monday night, fearing more strikes.", "300 people had left", X, 300, 300, 300, EXACT, PEOPLE),
  FIG ("riflemen-are-soldiers", "Two of its riflemen were wounded in the ambush, the Assam Rifles said.", "Two of its riflemen were wounded", I, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("newborns-are-children", "Three newborns died at the health centre, the nurse said.", "Three newborns died", K, 3, 3, 3, EXACT, CHILDREN),
  FIG ("accomplices-are-people", "Troops apprehended 6 accomplices of the terrorists, the communique said.", "apprehended 6 accomplices", D, 6, 6, 6, EXACT, PEOPLE),
  PART_ ("part-after-two-days", "A list names 58 people killed on 11 and 12 June, including 21 children and 13 women.", "21 children", "58 people killed"),
  FIG ("did-not-survive", "The nurse treated 26 people in two days; three did not survive.", "three did not survive", K, 3, 3, 3, EXACT, PEOPLE),
  FIG ("abandoned-the-islands", "Thousands of fishing families have abandoned the islands.", "Thousands of fishing families have abandoned the islands", X, N, 1000, N, VAGUE, PEOPLE),
  FIG ("packed-up-and-gone", "“Almost 300 families have packed up and gone this year,” he said.", "Almost 300 families have packed up and gone", X, 300, N, 300, AT_MOST, PEOPLE),
  FIG ("more-of-the-figure-before", "At least 29 children have died since the road was closed, the charity said. An attack on a convoy killed 42 people in October. The fighting that followed killed around 130 more.", "killed around 130 more", K, 130, N, N, APPROX, PEOPLE),
  PART_ ("a-number-of-those-detained", "Police said at least 120 people had been arrested in the town. A number of those detained have been transferred to a camp.", "A number of those detained", "at least 120 people had been arrested"),
  QUIET_ ("a-handful-of-those-who-left", "Hundreds fled the town in March. Only a handful of those who left have come back.", "a handful of those"),
  FIG ("land-invaders-are-people", "Police arrested 26 suspected land invaders on the coffee estate.", "arrested 26 suspected land invaders", D, 26, 26, 26, EXACT, PEOPLE),
  QUIET_ ("interviewed-people-who-had-fled", "Our researchers interviewed 46 people who had fled the town.", "46 people"),
  QUIET_ ("relatives-of-those-killed", "Our researchers spoke to 46 people, including nine relatives of those killed.", "nine relatives"),
  FIG ("dahalo-are-fighters", "Seven dahalo were neutralised in the operation, the gendarmerie said.", "Seven dahalo were neutralised", K, 7, 7, 7, EXACT, FIGHTERS),
  FIG ("gold-prospectors", "The bodies of six gold prospectors were found near the mine.", "The bodies of six gold prospectors", K, 6, 6, 6, EXACT, OTHER),
  QUIET_ ("military-transport-vehicles", "Police seized two military transport vehicles and killed four men.", "two military"),
  FIG ("fishermen-whose-boats", "Another 15-20 fishermen whose boats were caught in the shelling were missing, they said.", "15-20 fishermen whose boats were caught in the shelling were missing", M, N, 15, 20, RANGE, OTHER),
  NO_SRC ("teacher-and-mother-of-three", "A 34-year-old teacher and mother of three who left in April said police had beaten her brother.", "mother of three"),
  FIG ("toll-number-who-had-left", "The governor's office put the number who had left at 30,000.", "the number who had left at 30,000", X, 30000, 30000, 30000, EXACT, PEOPLE),
  QUIET_ ("toll-number-left-behind", "Police put the number left behind at 20.", "20"),
  FIG ("toll-number-held-along", "Guards detained four migrants, bringing the number held along the line this year to 41.", "the number held along the line this year to 41", D, 41, 41, 41, EXACT, PEOPLE),
  FIG ("toll-number-of-two-groups", "The minister put the number of police and gendarmes hurt nationwide since Tuesday at 79.", "the number of police and gendarmes hurt nationwide since Tuesday at 79", I, 79, 79, 79, EXACT, SOLDIERS),
  FIG ("toll-number-sleeping-in-the-open", "Local channels put the number of people sleeping in the open at more than 600.", "the number of people sleeping in the open at more than 600", X, 600, 600, N, AT_LEAST, PEOPLE),
  FIG ("toll-number-put-between", "About 2,400 people have fled; the diocese puts the number between 2,800 and 3,000.", "the number between 2,800 and 3,000", X, N, 2800, 3000, RANGE, PEOPLE),
  QUIET_ ("toll-number-between-years", "The number between 1990 and 2000 rose.", "1990"),
  QUIET_ ("held-in-three-centres", "Up to 2,000 people are being held in three screening centres in Saurimo.", "three"),
  QUIET_ ("voted-74-to-29", "Last month the Assembly voted 74 to 29 to give police wider powers of search and arrest.", "74"),
  QUIET_ ("crude-bombs-before-fleeing", "Six attackers hurled two crude bombs at the pilot car before fleeing into the forest.", "two crude bombs"),
  FIG ("lynching-of", "Police arrested 17 persons in connection with the lynching of three men at Jaypur.", "lynching of three men", K, 3, 3, 3, EXACT, MEN),
  QUIET_ ("relatives-and-neighbours-of-the-abducted", "About 300 relatives and neighbours of the abducted marched on Parliament.", "About 300"),
  FIG ("relatives-of-the-mayor", "Gunmen killed five relatives of the mayor.", "killed five relatives", K, 5, 5, 5, EXACT, PEOPLE),
  QUIET_ ("suspects-who-fled-were-sought", "Sanneh said 17 other suspects who fled toward the Senegalese border were being sought.", "17"),
  QUIET_ ("marching-for-release-of-a-jailed", "Police opened fire on hundreds of people marching to demand the release of a jailed councillor.", "hundreds"),
  FIG ("were-stabbed", "Police said two officers were stabbed.", "two officers were stabbed", I, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("stabbed-among-the-dead", "Two police officers were among the dead, one of them stabbed as he tried to stop looters.", "one of them", K, 1, 1, 1, EXACT, SOLDIERS),
  FIG ("gunshot-patients", "A hospital register listed 26 gunshot patients by Friday morning.", "26 gunshot patients", I, 26, 26, 26, EXACT, PEOPLE),
  FIG ("still-in-hospitals", "The broadcaster reported that 24 people were still in hospitals in the capital.", "24 people were still in hospitals", I, 24, 24, 24, EXACT, PEOPLE),
  FIG ("families-left-by-canoe", "Scores of families left by canoe for the islands upriver on Friday morning.", "Scores of families left", X, N, 20, N, VAGUE, PEOPLE),
  FIG ("families-left-in-one-night", "“Forty families left in one night,” she said.", "Forty families left", X, 40, 40, 40, EXACT, PEOPLE),
  QUIET_ ("families-left-the-meeting", "Two families left the meeting early.", "Two families"),
  FIG ("thousands-have-left", "Thousands have already left.", "Thousands have already left", X, N, 1000, N, VAGUE, PEOPLE),
  FIG ("left-the-site", "Since the attack, an estimated 9,500 people have left the site, according to IOM.", "an estimated 9,500 people have left the site", X, 9500, N, N, APPROX, PEOPLE),
  FIG ("left-the-towns-quarter", "Nearly 30 families had left the town’s upper quarter for relatives’ homes.", "Nearly 30 families had left the town’s upper quarter", X, 30, N, 30, AT_MOST, PEOPLE),
  FIG ("people-held-at-a-site", "Saurimo transit centre: 1,150 people held, including 340 children.", "1,150 people held", D, 1150, 1150, 1150, EXACT, PEOPLE),
  FIG ("hundreds-held-and-dead", "Iran: Hundreds held and three dead in custody after Bukan protests", "Hundreds held", D, N, 100, N, VAGUE, PEOPLE),
  QUIET_ ("people-held-a-vigil", "About 300 people held a vigil.", "About 300"),
  QUIET_ ("jirga-of-elders-held-at", "A grand jirga of over 200 Tirah elders held at Bara on Saturday assured the administration of its cooperation.", "over 200"),
  FIG ("holding-people-suspected-of", "Police in Macomia say they are holding nine people suspected of supplying the militants with food.", "holding nine people", D, 9, 9, 9, EXACT, PEOPLE),
  FIG ("holding-men-it-accuses", "The faction that controls the town hall is holding 11 men it accuses of taking part in the attack.", "holding 11 men", D, 11, 11, 11, EXACT, MEN),
  FIG ("sheltering-with-others", "She is now sheltering with about 400 others from her village.", "about 400 others", X, 400, N, N, APPROX, PEOPLE),
  FIG ("fled-to-a-place-with-others", "Achta, 29, fled to Ngarangou with hundreds of others the next day.", "hundreds of others", X, N, 100, N, VAGUE, PEOPLE),
  QUIET_ ("arrived-in-town-with-others", "He arrived in town with 30 other men.", "30 other men"),
  QUIET_ ("treated-patients-of-them-wounded", "MSF reports that it has treated 240 patients since 18 May, 31 of them for gunshot or machete wounds.", "240"),
  QUIET_ ("treated-patients-among-them-wounded", "Mobile health teams have treated 140 patients, among them 17 with injuries from burns or shrapnel.", "140"),
  FIG ("treated-people-of-them-wounded", "The hospital treated 47 people since Monday afternoon, 19 of them for gunshot wounds.", "treated 47 people", I, 47, 47, 47, EXACT, PEOPLE),
  FIG ("hospital-treating-patients", "The hospital had received four bodies and was treating 26 patients, seven of them with gunshot wounds.", "treating 26 patients", I, 26, 26, 26, EXACT, PEOPLE),
  FIG ("spent-the-night-in-a-church-hall", "About 150 residents of the Marchand district spent the night in a church hall after tear gas landed in their yards.", "About 150 residents of the Marchand district spent the night in a church", X, 150, N, N, APPROX, CIVILIANS),
  FIG ("one-rank-received-a-wound", "“One rank received a gunshot wound to the left arm and is in stable condition,” he said.", "One rank received a gunshot wound", I, 1, 1, 1, EXACT, SOLDIERS),
  QUIET_ ("inmates-moved-to-prisons", "Police arrested three guards, and 230 inmates had been moved to other prisons.", "230 inmates"),
  QUIET_ ("psychological-first-aid", "The team has provided psychological first aid to 64 survivors, including 19 children.", "64 survivors"),
  QUIET_ ("tracing-requests", "The Red Cross says it has received 27 tracing requests from relatives of the missing.", "27 tracing requests"),
  SRC ("partners-have-recorded", "Protection partners have recorded cases of looting and the burning of at least 40 houses.", "Protection partners", DIPTYCH_SOURCE_NGO),
  SRC ("partners-have-identified", "Protection partners have identified 140 unaccompanied children among the displaced.", "Protection partners", DIPTYCH_SOURCE_NGO),
  NO_SRC ("unicef-and-partners-identified", "UNICEF and partners identified 37 unaccompanied children.", "partners"),
  SRC ("statement-read-in-part", "“Several others escaped with gunshot wounds,” the statement read in part.", "the statement", DIPTYCH_SOURCE_OTHER),
  CLM ("statement-read-in-part-colon", "The statement read in part: “Our troops responded swiftly and killed 12 bandits.”", "Our troops responded swiftly and killed 12 bandits", "The statement"),
  FIG ("captured-four-diggers", "He said the attackers had captured four diggers and tied them up in a trench.", "captured four diggers", D, 4, 4, 4, EXACT, OTHER),
  QUIET_ ("four-nights-sleeping", "She had spent four nights sleeping in the bush.", "four nights"),
  FIG ("almost-1300-assaulted", "Records show that 19 people were killed and almost 1,300 assaulted in political violence.", "almost 1,300 assaulted", I, 1300, N, 1300, AT_MOST, PEOPLE),
  FIG ("hundreds-held-as-police-sweep", "Botswana: Hundreds held as police sweep Maun after attacks on foreigners", "Hundreds held", D, N, 100, N, VAGUE, PEOPLE),
  FIG ("abandoned-the-camps", "Techo estimates that as many as 400 families have abandoned the camps since March.", "as many as 400 families have abandoned the camps", X, 400, N, 400, AT_MOST, PEOPLE),
  QUIET_ ("forty-body-cameras", "Release the footage from the 40 body cameras issued to the officers.", "40 body"),
  PART_ ("site-after-credit-line", "An estimated 4,200 residents have fled border villages.\n\nDISPLACEMENT BY SITE\n\nFigures from the Governorate and IRCS, as of 24 May:\n\n\u2022 Zabol city (mosques and schools): approximately 2,300 people\n", "approximately 2,300 people", "An estimated 4,200 residents have fled"),
  PART_ ("site-named-with-ward-number", "The Red Cross reports 4,620 displaced people registered at nine sites:\n\nMahendra Adarsha Secondary School, Ward 2: 1,340 people\n\nJame Masjid compound, Ward 11: 1,150 people\n", "1,340 people", "4,620 displaced people"),
  FIG ("one-fan-dead", "Nantes: one fan dead and dozens hurt as supporters fight police after Breton derby", "one fan dead", K, 1, 1, 1, EXACT, PEOPLE),
  FIG ("saw-two-young-men-stabbed", "“I saw two young men stabbed in the back.”", "two young men stabbed", I, 2, 2, 2, EXACT, MEN),
  FIG ("beat-up-three-journalists", "The mob also vandalised two motorcycles and beat up three journalists who were filming the attack, he said.", "beat up three journalists", I, 3, 3, 3, EXACT, OTHER),
  FIG ("abandoned-their-encampments", "Almost 70 nomadic families had abandoned their encampments with their flocks.", "Almost 70 nomadic families had abandoned their encampments", X, 70, N, 70, AT_MOST, PEOPLE),
  FIG ("shots-then-wounding-others", "Gunmen fired 15 shots, wounding three others.", "wounding three others", I, 3, 3, 3, EXACT, PEOPLE),
  QUIET_ ("inmates-fled-a-prison", "In 2022, 26 inmates fled a prison in the northern city of Mzuzu after overpowering their guards.", "26 inmates"),
  FIG ("held-over-killings", "23 held over Chifubu mob killings", "23 held", D, 23, 23, 23, EXACT, PEOPLE),
  QUIET_ ("held-over-two-days", "About 300 people held over two days of talks.", "About 300"),
  SRC ("headline-police-confirm", "Pemba unrest: Police confirm six dead, 29 held", "Police", DIPTYCH_SOURCE_OFFICIAL),
  NO_SRC ("could-not-confirm", "Doctors could not confirm 12 deaths.", "Doctors"),
  PART_ ("among-them-an-mp-then-counts", "Police have detained at least 60 people, among them an opposition MP, three journalists and 12 university students.", "three journalists", "detained at least 60 people"),
  PART_ ("site-with-school-number-and-apostrophe", "An estimated 4,200 residents have fled.\n\nDISPLACEMENT BY SITE\n\nFigures from the agency, as of 21 August:\n\nAtambua Cathedral compound: 1,250 people\n\nSMP Negeri 2 Atambua (junior high school): 870 people\n\nMosque compound, Nag\u2019 al-Shatb: between 250 and 300 people.\n", "between 250 and 300 people", "An estimated 4,200 residents have fled"),
  FIG ("sheltering-in-a-youth-centre", "An estimated 200 people are sheltering in a youth centre in Luxor city.", "An estimated 200 people are sheltering in a youth centre", X, 200, N, N, APPROX, PEOPLE),
  FIG ("raised-the-figure-to", "The municipality first put the number of injured at 27; on 2 October it raised the figure to 34.", "the figure to 34", I, 34, 34, 34, EXACT, PEOPLE),
  FIG ("the-number-had-risen-to", "Police said 54 people had been arrested and that the number had risen to 61 a day later.", "the number had risen to 61", D, 61, 61, 61, EXACT, PEOPLE),
  QUIET_ ("the-number-had-risen-alone", "The number had risen to 61.", "61"),
  PART_ ("sites-under-people-sheltering-line", "Some 430 residents have been displaced.\n\nThe Red Cross reports the following numbers of people sheltering at its three sites as of 1800 hrs:\n\nFrederick Douglass High School: 92 people, including 31 children\n\nCoppin State University: 58 people\n", "58 people", "Some 430 residents have been displaced"),
  PART_ ("shelter-by-site-heading", "Some 380 residents have been displaced.\n\nSHELTER BY SITE\n\n\u2022 Sports hall, Rotterdam-IJsselmonde: 140 people\n\n\u2022 COA location, Dordrecht: 110 people\n", "110 people", "Some 380 residents have been displaced"),
  FIG ("leave-their-flats", "Roughly 30 residents of a building had to leave their flats for the night.", "Roughly 30 residents of a building had to leave their flats", X, 30, N, N, APPROX, CIVILIANS),
  FIG ("hit-by-the-pellets", "A worshipper said seven or eight people were hit by the pellets.", "seven or eight people were hit by the pellets", I, N, 7, 8, RANGE, PEOPLE),
  FIG ("people-bleeding", "“There must have been 10 to 12 people bleeding on the sidewalk.”", "10 to 12 people bleeding", I, N, 10, 12, RANGE, PEOPLE),
  FIG ("others-were-held-on-warrants", "Twenty-seven others were held on judicial warrants.", "Twenty-seven others were held", D, 27, 27, 27, EXACT, PEOPLE),
  QUIET_ ("held-on-to-the-railings", "About 300 people held on to the railings.", "About 300"),
  FIG ("funerals-were-held", "Funerals for six of the victims were held on Monday.", "Funerals for six of the victims", K, 6, 6, 6, EXACT, PEOPLE),
  FIG ("spent-the-night-in-a-sports-hall", "Dozens of families spent the night in a sports hall after smoke filled their stairwells.", "Dozens of families spent the night in a sports hall", X, N, 12, N, VAGUE, PEOPLE),
  QUIET_ ("spent-the-night-in-a-hotel", "Two journalists spent the night in a hotel.", "Two journalists"),
  QUIET_ ("prison-built-for-250", "The prison, built in 1934 for 250 detainees, held more than 1,100 at the time of the uprising.", "250 detainees"),
  FIG ("people-were-trampled", "Witnesses said several people were trampled as the crowd ran.", "several people were trampled", I, N, 3, N, VAGUE, PEOPLE),
  FIG ("who-were-trampled-among-the-dead", "The group documented at least 10 deaths, including three children who were trampled when police fired tear gas.", "three children", K, 3, 3, 3, EXACT, CHILDREN),
  QUIET_ ("firearms-seized", "He said 31 suspects had been arrested and that 14 firearms, including two AK-47 rifles, had been seized.", "14 firearms"),
  QUIET_ ("relatives-of-people-killed", "Researchers interviewed 23 residents, including eight relatives of people killed in the operation.", "eight relatives"),
  QUIET_ ("space-for-fewer-than", "Paraguay's prisons hold about 17,000 inmates in space for fewer than 10,000.", "10,000"),
  FIG ("headline-recapture", "Police recapture 186 escapees after Mbuji-Mayi jailbreak", "recapture 186 escapees", D, 186, 186, 186, EXACT, PEOPLE),
  FIG ("some-are-at-a-school", "An estimated 4,500 refugees are sheltering at three schools. Some 2,600 are at Kasulo Primary School, 1,200 at Mshikamano Primary School.", "Some 2,600 are at Kasulo Primary School", X, 2600, N, N, APPROX, PEOPLE),
  QUIET_ ("were-at-the-school", "Dozens of children were at the school when it was hit.", "Dozens"),
  PART_ ("breakdown-past-of-the-village", "About 300 residents of the village, including 40 children, were killed.", "40 children", "About 300 residents"),
  FIG ("among-them-past-of-the-centre", "Around 380 residents of the centre, among them 95 children, are sheltering at four temporary sites.", "Around 380 residents", X, 380, N, N, APPROX, CIVILIANS),
  PART_ ("sites-under-total-not-its-part", "The administration estimates that 4,800 people have left their homes, about 2,100 of them children. Figures by site as of 14 May:\n\nTalas town, schools and a sports hall: 1,350 people\n\nKara-Buura district, host families: some 2,600 people\n", "some 2,600 people", "4,800 people have left their homes"),
  FIG ("three-stewards-in-dash-list", "The hospital said it had treated 46 people \u2014 28 fans, 15 police officers and three stewards \u2014 of whom five remained.", "three stewards", I, 3, 3, 3, EXACT, OTHER),
  FIG ("fled-with-her-husband-and-others", "Norhayati Salleh, 44, fled with her husband and about 200 other villagers to a mosque in Lahad Datu town.", "about 200 other villagers", X, 200, N, N, APPROX, CIVILIANS),
  FIG ("apprehended-with-weapons-and-others", "Nine others were apprehended with their weapons and scores of others escaped with gunshot wounds.", "scores of others escaped with gunshot wounds", I, N, 20, N, VAGUE, PEOPLE),
  FIG ("treated-for-cuts-and-bruises", "Scores of others were treated for cuts and bruises at a first-aid tent.", "Scores of others were treated for", I, N, 20, N, VAGUE, PEOPLE),
  FIG ("dragged-away-young-men", "Police dragged away 15 to 20 young men.", "dragged away 15 to 20 young men", D, N, 15, 20, RANGE, MEN),
  FIG ("bodies-of-two-farmhands", "Heirs say the bodies of two farmhands were found in a field.", "the bodies of two farmhands", K, 2, 2, 2, EXACT, OTHER),
  FIG ("one-marine", "He said one marine sustained gunshot injuries.", "one marine sustained gunshot injuries", I, 1, 1, 1, EXACT, SOLDIERS),
  FIG ("locked-up", "Police said 40 people were arrested and hundreds more have been locked up.", "hundreds more have been locked up", D, N, 100, N, VAGUE, PEOPLE),
  SRC ("who-witnesses-said-numbered", "The attackers, who witnesses said numbered about 40, rode in on motorbikes.", "witnesses", DIPTYCH_SOURCE_WITNESS),
  SRC ("which-the-un-said-forced", "The operation, which the UN said forced some 137,000 people from their homes, ended.", "the UN", DIPTYCH_SOURCE_NGO),
  SRC ("whom-the-army-said-it-was-hunting", "The gunman, whom the army said it was still hunting, fled.", "the army", DIPTYCH_SOURCE_MILITARY),
  NO_SRC ("who-had-fled", "The men, who had fled, were arrested.", "The men"),
  SRC ("command-regretted-that", "The Command regretted that one soldier paid the supreme price, while four others were wounded.", "The Command", DIPTYCH_SOURCE_MILITARY),
  NO_SRC ("regretted-his-decision", "The minister regretted his decision.", "The minister"),
  SRC ("residents-i-spoke-to-believe", "Residents I spoke to believe the number of dead is higher.", "Residents", DIPTYCH_SOURCE_WITNESS),
  SRC ("relatives-we-interviewed-said", "Relatives we interviewed said 12 people died.", "Relatives", DIPTYCH_SOURCE_WITNESS),
  SRC ("gave-a-higher-figure", "A parent gave a higher figure.", "A parent", DIPTYCH_SOURCE_OTHER),
  SRC ("give-a-higher-toll", "Residents give a higher toll.", "Residents", DIPTYCH_SOURCE_WITNESS),
  SRC ("residents-tell-a-different-story", "Residents of Arege tell a different story.", "Residents of Arege", DIPTYCH_SOURCE_WITNESS),
  SRC ("gave-a-grimmer-picture", "Residents gave a grimmer picture.", "Residents", DIPTYCH_SOURCE_WITNESS),
  SRC ("identified-by-relatives-as", "The dead man, identified by relatives as Luis Marileo, 27, had fired first.", "relatives", DIPTYCH_SOURCE_WITNESS),
  SRC ("described-by-residents-as", "The attackers, described by residents as gunmen from across the boundary, struck three villages.", "residents", DIPTYCH_SOURCE_WITNESS),
  NO_SRC ("identified-by-monday-evening", "Nineteen bodies had still not been identified by Monday evening.", "Monday evening"),
  SRC ("named-the-dead-as", "The ministry named the dead as Ahmad Bani Fadel, 19, and Yousef Deiriyeh, 43.", "The ministry", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("identified-the-victims-as", "Police identified the two victims as brothers from the village.", "Police", DIPTYCH_SOURCE_OFFICIAL),
  NO_SRC ("a-man-named", "A man named Ali Hassan was among those killed in the strike.", "A man"),
  NO_SRC ("were-identified-as", "The dead were identified as two farmers from the village.", "The dead"),
  SRC ("and-after-initials", "The Sudanese Armed Forces (SAF) and the Rapid Support Forces (RSF) denied responsibility for the shelling.", "The Sudanese Armed Forces (SAF)", DIPTYCH_SOURCE_MILITARY),
  BY ("by-second-and", "The ministry said 12 people were killed and the army said 14 soldiers died.", "14 soldiers", "the army"),
  NO_CLM ("claim-ends-before-while", "Armenia said 49 soldiers were killed, while Azerbaijan said 50 soldiers had died.", "were killed, while"),
  /* a source reported inside the claim is part of it */
  CLM ("claim-holds-reported", "The ministry said that residents told officials 12 people were killed.", "residents told officials 12 people were killed", "The ministry"),
  FIG ("coordinated-before-partitive", "“Seven civilians and two of our soldiers lost their lives, and 14 people were wounded.”", "Seven civilians", K, 7, 7, 7, EXACT, CIVILIANS),
  QUIET_ ("coordinated-not-vague-of", "In the capital of about 130,000 people, scores of people had fled to the city by Sunday.", "about 130,000 people"),
  FIG ("members-of-named-body", "The army said troops had killed six members of the Clan del Golfo on Monday.", "killed six members", K, 6, 6, 6, EXACT, FIGHTERS),
  FIG ("members-of-named-body-taken", "It said it had captured 17 members of the army-allied Popular Resistance.", "captured 17 members", D, 17, 17, 17, EXACT, FIGHTERS),
  FIG ("members-of-civic-body", "Police arrested 14 members of the Kashmir Civil Rights Alliance on Friday.", "arrested 14 members", D, 14, 14, 14, EXACT, PEOPLE),
  FIG ("members-of-named-people", "Gunmen killed at least 23 members of Syria's Alawite minority in two villages.", "killed at least 23 members", K, 23, 23, N, AT_LEAST, PEOPLE),
  PART_ ("breakdown-past-buildings", "He said 43 people were being treated in three hospitals across the city, among them four police officers.", "four police officers", "43 people were being treated"),
  QUIET_ ("clinics-are-things", "Partners sent two mobile clinics to the sites where displaced families are staying.", "two mobile clinics"),
  FIG ("slept-in-vehicles", "Hundreds of families slept in their vehicles in the town's streets.", "Hundreds of families slept in their vehicles", X, N, 100, N, VAGUE, PEOPLE),
  FIG ("sleeping-at-airport", "About 2,000 of them were sleeping at the airport, the ministry said.", "About 2,000 of them were sleeping at the airport", X, 2000, N, N, APPROX, PEOPLE),
  FIG ("sheltering-in-barracks", "Some 2,300 are sheltering at the Saparua police barracks.", "Some 2,300 are sheltering at the Saparua police barracks", X, 2300, N, N, APPROX, PEOPLE),
  QUIET_ ("own-barracks", "17 workers employed by a contractor were sleeping in their barracks when gunmen attacked.", "17 workers"),
  PART_ ("families-of-a-number-of-them", "Police detained 17 men at the crossing, and the families of at least five of them had no word of where they were held.", "at least five of them", "detained 17 men"),
  QUIET_ ("families-of-several-of-them", "Gunmen abducted 20 men and the families of several of them were threatened.", "several of them"),
  FIG ("died-from-cause-part", "Seven people died, five from gunshot wounds and two from burns.", "five from gunshot wounds", K, 5, 5, 5, EXACT, PEOPLE),
  FIG ("of-them-died-from-cause", "Twelve people were killed, nine of them from gunshot wounds.", "nine of them from gunshot wounds", K, 9, 9, 9, EXACT, PEOPLE),
  FIG ("injuries-from-cause", "Partners have recorded 23 deaths and 38 injuries from landmines this year.", "38 injuries", I, 38, 38, 38, EXACT, PEOPLE),
  FIG ("sheltering-in-named-place", "Around 4,300 were sheltering in Tibú, many sleeping in a school.", "Around 4,300 were sheltering in Tibú", X, 4300, N, N, APPROX, PEOPLE),
  FIG ("staying-in-named-place", "Approximately 2,600 people are staying in Hun, about 300 of them in tents.", "Approximately 2,600 people are staying in Hun", X, 2600, N, N, APPROX, PEOPLE),
  QUIET_ ("living-in-named-place", "Some 1,350 people are still living in Avdiivka, the governor said.", "Some 1,350 people"),
  FIG ("restated-past-breakdown-in-dashes", "Officials said 137 families — about 520 people, among them 200 children — fled to the town.", "about 520 people", X, 520, N, N, APPROX, PEOPLE),
  FIG ("registered-at-sites", "Local authorities said about 1,100 households had registered at three sites in the town.", "about 1,100 households", X, 1100, N, N, APPROX, PEOPLE),
  QUIET_ ("voters-registered", "About 300 voters registered at two schools.", "About 300 voters"),
  FIG ("armed-tribesmen", "The Health Directorate reports 14 deaths, including eight armed tribesmen, three children and one woman.", "eight armed tribesmen", K, 8, 8, 8, EXACT, FIGHTERS),
  FIG ("relative-after-of-them-aside", "Abbas is one of at least 16 students, three of them women, who have been arrested or abducted since the spring.", "three of them women", D, 3, 3, 3, EXACT, WOMEN),
  FIG ("poured-into-town", "Thousands of villagers have poured into the town of Bouza over the past week.", "Thousands of villagers have poured into", X, N, 1000, N, VAGUE, CIVILIANS),
  FIG ("arrive-present", "Every day another 300 or 400 people arrive – on foot, on donkey carts.", "300 or 400 people arrive", X, N, 300, 400, RANGE, PEOPLE),
  QUIET_ ("poured-into-streets", "Thousands of people poured into the streets within hours.", "Thousands of people"),
  QUIET_ ("troops-poured-into", "Hundreds of troops poured into the town.", "Hundreds of troops"),
  FIG ("moved-into-town", "Hundreds of families from border villages have moved into Konni since the start of the rainy season.", "Hundreds of families from border villages have moved into Konni", X, N, 100, N, VAGUE, PEOPLE),
  QUIET_ ("soldiers-moved-into", "About 300 soldiers have moved into Konni since June.", "About 300 soldiers"),
  FIG ("a-total-of", "Gunmen killed a total of 23 people in the two villages.", "killed a total of 23 people", K, 23, 23, 23, EXACT, PEOPLE),
  FIG ("a-total-of-taken", "The gang had struck twice since January, seizing a total of 23 people, among them a councillor.", "seizing a total of 23 people", D, 23, 23, 23, EXACT, PEOPLE),
  SRC ("according-to-second-counted", "At least 19 soldiers were killed, according to a local official and two security sources who spoke on condition of anonymity.", "two security sources", DIPTYCH_SOURCE_ANONYMOUS),
  FIG ("driven-towards-border", "The attacks have driven more than 15,000 people south towards the Angolan border, the organisation said.", "driven more than 15,000 people south towards the Angolan border", X, 15000, 15000, N, AT_LEAST, PEOPLE),
  FIG ("abandoned-homesteads", "Mr Lotukei said about 150 households had abandoned their homesteads in Loyoro.", "about 150 households had abandoned their homesteads", X, 150, N, N, APPROX, PEOPLE),
  PART_ ("breakdown-past-parishes", "The diocese said it was sheltering 3,850 displaced people in 14 parishes and schools, among them more than 1,900 children.", "more than 1,900 children", "3,850 displaced people"),
  FIG ("restated-with-or-left-place", "About 60 families, or roughly 210 people, left Lagos del Dorado and two neighboring hamlets on Sunday.", "roughly 210 people", X, 210, N, N, APPROX, PEOPLE),
  FIG ("members-of-structure", "Troops killed eight members of a FARC dissident structure and captured 11 others.", "killed eight members of a FARC dissident structure", K, 8, 8, 8, EXACT, FIGHTERS),
  FIG ("of-its-rivals", "The faction said it had killed \"more than 20\" of its rivals.", "killed \"more than 20\" of its rivals", K, 20, 20, N, AT_LEAST, FIGHTERS),
  FIG ("bodies-of-officials", "The bodies of five local officials were brought to Assosa on Monday.", "The bodies of five local officials", K, 5, 5, 5, EXACT, OTHER),
  FIG ("anti-peace-elements", "Forces have neutralized 46 anti-peace elements and captured 23 others.", "neutralized 46 anti-peace elements", K, 46, 46, 46, EXACT, FIGHTERS),
  SRC ("officials-admitted", "Protesters gathered after officials admitted that the lake had dried.", "officials", DIPTYCH_SOURCE_OFFICIAL),
  FIG ("members-of-army-outcome-phrase", "According to the Colonel, three members of the army paid the ultimate sacrifice.", "three members of the army paid the ultimate sacrifice", K, 3, 3, 3, EXACT, SOLDIERS),
  SRC ("our-team", "Our team estimates that between 300 and 400 people have left the town since 22 July.", "Our team", DIPTYCH_SOURCE_NGO),
  NO_SRC ("early-opens-time", "Early on Monday the commission raised its toll to 13, saying two of the wounded had died.", "Early"),
  FIG ("dacoits", "The range police had killed 48 dacoits and arrested 210 others since January.", "killed 48 dacoits", K, 48, 48, 48, EXACT, FIGHTERS),
  FIG ("police-officials-martyred", "He said 17 police officials had been martyred since January.", "17 police officials had been martyred", K, 17, 17, 17, EXACT, SOLDIERS),
  FIG ("aggressors", "Its agents neutralised nine aggressors and arrested six others.", "neutralised nine aggressors", K, 9, 9, 9, EXACT, FIGHTERS),
  FIG ("hunters-are-fighters", "Gunmen ambushed a patrol of Dozo hunters, killing 12 hunters near Diabaly.", "killing 12 hunters", K, 12, 12, 12, EXACT, FIGHTERS),
  FIG ("truffle-hunters", "The blast killed at least 11 truffle hunters in the desert.", "killed at least 11 truffle hunters", K, 11, 11, N, AT_LEAST, OTHER),
  PART_ ("figures-by-site-heading", "The administration has registered 3,412 displaced persons.\n\nFIGURES BY SITE\n\nBasaguda relief camp: 1,150 people\n\nAwapalli relief camp: 640 people\n", "640 people", "3,412 displaced persons"),
  CLM ("claim-after-counting-verb", "As of 17 February, the district administration has registered 3,412 displaced persons.", "3,412 displaced persons", "the district administration"),
  NO_CLM ("no-claim-of-date-before", "As of 17 February, the district administration has registered 3,412 displaced persons.", "As of 17 February"),
  FIG ("object-list-after-verb", "Gunmen killed a policeman, a teacher and three civilians.", "three civilians", K, 3, 3, 3, EXACT, CIVILIANS),
  FIG ("object-list-after-verb-others", "Gunmen killed the mayor, his deputy and 11 other people.", "11 other people", K, 11, 11, 11, EXACT, PEOPLE),
  FIG ("with-wounds-not-dead-before", "“Our teams have rescued nine of the victims, two of them with gunshot wounds,” he said.", "two of them with gunshot wounds", I, 2, 2, 2, EXACT, PEOPLE),
  FIG ("members-of-outfit", "The commander said two members of the outfit lost their lives while repelling the attackers.", "two members of the outfit lost their lives", K, 2, 2, 2, EXACT, FIGHTERS),
  NO_SRC ("disputes-as-noun", "Land disputes have killed hundreds of people.", "Land"),
  SRC ("as-stated-by", "Egbe said the toll was nine and not seven as stated by the police.", "the police", DIPTYCH_SOURCE_OFFICIAL),
  QUIET_ ("found-a-body", "Two men found a body near the river on Sunday.", "Two men"),
  QUIET_ ("lifted-a-body", "At the cemetery, two gravediggers lifted a body wrapped in black plastic from a trench.", "two gravediggers"),
  FIG ("capture-headline", "Police capture 63 terrorists in Usulután operation", "capture 63 terrorists", D, 63, 63, 63, EXACT, FIGHTERS),
  FIG ("confirmed-dead-participle", "“We have 26 confirmed dead and perhaps seven or eight more down in the shafts,” the mayor said.", "26 confirmed dead", K, 26, 26, 26, EXACT, PEOPLE),
  FIG ("had-been-holding-armed", "Armed men had been holding between 150 and 200 people in two hangars.", "holding between 150 and 200 people", D, N, 150, 200, RANGE, PEOPLE),
  QUIET_ ("prison-population", "The prison, holding several thousand inmates, was stormed on Sunday.", "several thousand inmates"),
  FIG ("a-handful-alone", "Two soldiers were killed and a handful wounded.", "a handful wounded", I, N, 3, N, VAGUE, SOLDIERS),
  FIG ("lay-injured", "By the time the fires were out, a dozen more lay injured on the forecourt.", "a dozen more lay injured", I, 12, 12, 12, EXACT, PEOPLE),
  FIG ("part-of-the-n-died", "Seven people were wounded. Two of the seven died before dawn.", "Two of the seven died", K, 2, 2, 2, EXACT, PEOPLE),
  QUIET_ ("of-those-n-is-the-whole", "Seven people were wounded. Two of those seven died before dawn.", "seven died"),
  FIG ("list-after-colon-of-the-dead", "Hospital officials later gave a breakdown of the dead: five protesters, two soldiers and two residents caught in crossfire.", "two residents", K, 2, 2, 2, EXACT, CIVILIANS),
  FIG ("relative-hurt-then-died", "The police raised the toll to nine after two men who were beaten near the lake died in hospital.", "two men who were beaten near the lake died", K, 2, 2, 2, EXACT, MEN),
  QUIET_ ("age-after-is", "“My brother is 60 and they beat him with a shield,” said Milena.", "60"),
  FIG ("taken-to-police-stations", "Lawyers said nearly 400 people had been taken to police stations in Negombo.", "nearly 400 people had been taken to police stations", D, 400, N, 400, AT_MOST, PEOPLE),
  FIG ("taken-to-prison", "Twelve men were taken to prison on Monday.", "Twelve men were taken to prison", D, 12, 12, 12, EXACT, MEN),
  NO_SRC ("few-here-believe", "Few here believe them, and volunteers say 41 people died.", "Few here"),
  FIG ("taken-in-the-raid", "The commissioner said 19 people were taken in Monday's raid, among them seven women.", "19 people were taken", D, 19, 19, 19, EXACT, PEOPLE),
  FIG ("among-those-taken", "Her husband and two grown sons were among those taken, she said.", "two grown sons were among those taken", D, 2, 2, 2, EXACT, MEN),
  FIG ("among-those-taken-to-hospital", "Two sons were among those taken to hospital.", "Two sons were among those taken to hospital", I, 2, 2, 2, EXACT, MEN),
  FIG ("held-at-police-station", "Residents said more than 60 people were held at Kalongo Central Police Station overnight.", "more than 60 people were held at Kalongo Central Police Station", D, 60, 60, N, AT_LEAST, PEOPLE),
  FIG ("sleep-on-mats-in-classrooms", "Behind the mission's walls, some 700 people sleep on mats in the classrooms.", "some 700 people sleep on mats in the classrooms", X, 700, N, N, APPROX, PEOPLE),
  FIG ("sheltering-at-headquarters", "An estimated 2,100 residents are sheltering at Pakele sub-county headquarters and in two primary schools.", "An estimated 2,100 residents are sheltering at Pakele sub-county headquarters", X, 2100, N, N, APPROX, CIVILIANS),
  FIG ("driven-into-town", "The attack has driven an estimated 3,500 people into Lokori, according to the area chief.", "driven an estimated 3,500 people into Lokori", X, 3500, N, N, APPROX, PEOPLE),
  FIG ("compared-with-count-in-year", "Four drivers have been killed this year, compared with 27 in 2021.", "27", K, 27, 27, 27, EXACT, OTHER),
  FIG ("up-from-count-in-year", "The agency recorded 187 killings there last year, up from 98 in 2021.", "98", K, 98, 98, 98, EXACT, PEOPLE),
  QUIET_ ("ratio-in-year-of-births", "One in 2000 births ended in a death.", "2000"),
  PART_ ("site-list-after-total", "An estimated 18,400 people had been displaced as of 20 November. Approximately 9,800 people are in Muecate-Sede, some 5,100 in Nampula city and 3,500 in host communities in Imala.", "some 5,100", "An estimated 18,400 people had been displaced"),
  PART_ ("site-list-first-item-after-total", "An estimated 18,400 people had been displaced as of 20 November. Approximately 9,800 people are in Muecate-Sede, some 5,100 in Nampula city and 3,500 in host communities in Imala.", "Approximately 9,800 people", "An estimated 18,400 people had been displaced"),
  PART_ ("site-list-in-sentence", "About 11,400 people have fled. Approximately 3,800 are staying in Nikki town, including 1,450 at the Sanguéa primary school and about 900 at the municipal youth centre.", "1,450", "Approximately 3,800 are staying in Nikki town"),
  FIG ("site-list-under-heading", "DISPLACEMENT BY SITE\n\nSite figures collected by the Red Cross show approximately 2,100 people at Kaimugul Primary School, 1,450 at Chepyuk Secondary School and 900 at Sasur Catholic Church.", "1,450", X, 1450, 1450, 1450, EXACT, PEOPLE),
  QUIET_ ("site-list-no-displaced", "The ministry counted 300 cases in Gao and 200 in Mopti last week.", "200"),
  QUIET_ ("site-list-of-troops", "About 5,000 people have fled. The army has 300 soldiers in Gao and 200 in Mopti.", "200"),
  FIG ("staying-in-named-town", "About 11,400 people have fled. Approximately 3,800 are staying in Nikki town.", "Approximately 3,800 are staying in Nikki town", X, 3800, N, N, APPROX, PEOPLE),
  FIG ("gapped-place-count-after-comma", "Fighting has displaced 10,000 people. Goudomp town hosts some 4,200 displaced people, Tanaff about 3,100 and Samine 1,400.", "about 3,100", X, 3100, N, N, APPROX, PEOPLE),
  FIG ("gapped-place-count-after-and", "Fighting has displaced 8,000 people. Macina town hosts 4,100 people in three sites, Kokry 2,600 and Kolongo 1,700.", "2,600", X, 2600, 2600, 2600, EXACT, PEOPLE),
  PART_ ("gapped-place-count-of-them", "About 4,100 refugees have crossed. Pagirinya settlement has received about 1,900 of them, Ayilo approximately 1,300 and Olua the remaining 900.", "approximately 1,300", "About 4,100 refugees have crossed"),
  QUIET_ ("money-after-currency-letter", "The minister presented K 2 million to each of the bereaved families and K 300,000 to each of the injured.", "300,000"),
  QUIET_ ("numbered-places-after-comma", "About 900 people have fled. They were moved to Camp 3, Camp 4 and Sector 7.", "4"),
  QUIET_ ("more-cases-of-an-illness", "The district health office reports 318 cases of acute respiratory infection and 96 of diarrhoea among the displaced.", "96"),
  FIG ("two-of-them-after-cases-of", "There were 12 cases of abduction this week, and two of them were wounded.", "two of them were wounded", I, 2, 2, 2, EXACT, PEOPLE),
  PART_ ("site-line-with-town-and-site", "An estimated 11,400 people have been displaced.\n\nDISPLACEMENT BY SITE\n\nFigures are from the district government as of 3 July and have not been verified.\n\nMeulaboh – Teuku Umar stadium: 3,900 people\n\nSamatiga – Suak Timah primary school: approximately 2,200 people", "approximately 2,200 people", "An estimated 11,400 people have been displaced"),
  FIG ("taken-then-still-missing", "Twelve men arrested in January are still missing, their families said.", "Twelve men arrested in January are still missing", M, 12, 12, 12, EXACT, MEN),
  FIG ("taken-then-unaccounted-for", "Four people taken from their homes by soldiers on 16 March remain unaccounted for.", "Four people taken from their homes by soldiers on 16 March remain unaccounted for", M, 4, 4, 4, EXACT, PEOPLE),
  FIG ("arrested-and-others-missing", "Police arrested 40 people, and 12 are still missing.", "arrested 40 people", D, 40, 40, 40, EXACT, PEOPLE),
  FIG ("taken-aside-who-remain-missing", "Gunmen took away two of our nurses, who remain missing.", "took away two of our nurses", D, 2, 2, 2, EXACT, OTHER),
  FIG ("detained-of-whom-unaccounted", "Soldiers detained more than 60 men, of whom at least 22 remain unaccounted for.", "detained more than 60 men", D, 60, 60, N, AT_LEAST, MEN),
  FIG ("armed-holding-workers", "Its fighters were holding two dozen oil workers and had lost two of their own.", "holding two dozen oil workers", D, 24, 24, 24, EXACT, OTHER),
  FIG ("people-sheltering-there", "A pastor at the church said 140 people were sheltering there.", "140 people were sheltering there", X, 140, 140, 140, EXACT, PEOPLE),
  QUIET_ ("when-sheltering-there", "Two bombs struck the monastery shortly after 1 p.m., when roughly 300 people were sheltering there, a volunteer said.", "300"),
  FIG ("fled-with-wife-and-grandchildren", "Bedri Ademi, 58, who fled across the wheat fields with his wife and three grandchildren early on Sunday, said the mosque was hit.", "three grandchildren", X, 3, 3, 3, EXACT, CHILDREN),
  FIG ("fled-with-her-children", "She fled with her five children to a church in the centre of town.", "five children", X, 5, 5, 5, EXACT, CHILDREN),
  QUIET_ ("escaped-with-his-family", "He escaped with his wife and five children when the shooting began.", "five"),
  FIG ("seen-police-lead-away", "She said she had seen police lead away eight or nine young men with their hands tied.", "lead away eight or nine young men", D, N, 8, 9, RANGE, MEN),
  FIG ("sons-aged-as-children", "Army shelling killed a shepherd and wounded his two sons, aged 12 and 15.", "wounded his two sons", I, 2, 2, 2, EXACT, CHILDREN),
  FIG ("them-aged-as-children", "Doctors said two of them, aged 9 and 12, were in serious condition.", "two of them", I, 2, 2, 2, EXACT, CHILDREN),
  FIG ("sons-aged-as-men", "Gunmen took her two sons, aged 19 and 23.", "took her two sons", D, 2, 2, 2, EXACT, MEN),
  FIG ("part-of-whole-were-children", "Some 3,000 were evacuated. Roughly 130 of the evacuees were children.", "Roughly 130 of the evacuees were children", X, 130, N, N, APPROX, CHILDREN),
  FIG ("part-of-those-who-fled-are-children", "About 5,000 people fled. Approximately 2,000 of those who fled are children, according to the registration.", "Approximately 2,000 of those who fled are children", X, 2000, N, N, APPROX, CHILDREN),
  FIG ("part-of-suspects-were-local-men", "Police arrested eight suspects, and three of the suspects were local men.", "three of the suspects", D, 3, 3, 3, EXACT, PEOPLE),
  FIG ("picked-up-by-named-police", "Up to 15 villagers were picked up by Assam police.", "Up to 15 villagers were picked up", D, 15, N, 15, AT_MOST, CIVILIANS),
  FIG ("number-of-its-wounded", "The Mizoram police later raised the number of its wounded personnel to 14.", "the number of its wounded personnel to 14", I, 14, 14, 14, EXACT, SOLDIERS),
  FIG ("one-constable-missing", "The police chief said that one constable was missing.", "one constable was missing", M, 1, 1, 1, EXACT, SOLDIERS),
  NO_SRC ("among-them-a-constable-dismissed", "Police arrested 11 suspects, among them a constable dismissed from the force in 2021.", "among them a constable"),
  QUIET_ ("ages-in-brackets-after-names", "Among the injured are Mrs Rina Das (42) and her son, Babul (14), who sustained machete cuts.", "14"),
  FIG ("families-moved-away", "The government said 38 families have moved away from border villages.", "38 families have moved away", X, 38, 38, 38, EXACT, PEOPLE),
  FIG ("families-moved-on-to", "About 1,200 people have left, and several families have moved on to Aizawl.", "several families have moved on to", X, N, 3, N, VAGUE, PEOPLE),
  QUIET_ ("massacre-defined", "The think tank defines a massacre as the killing of three or more people in a single event.", "three"),
  QUIET_ ("massacres-defined-in-dashes", "Indepaz says 76 massacres – killings of three or more people – were recorded last year.", "three"),
  QUIET_ ("they-came-dozens-of-them", "“They came at dawn, dozens of them. They killed my brother,” she said.", "dozens of them"),
  QUIET_ ("they-came-at-least-eight", "They came in armored trucks, at least eight of them, and started shooting at everything.", "eight"),
  FIG ("them-of-armed-men-repelled", "The army said it had repelled armed men near the border, killing seven of them.", "killing seven of them", K, 7, 7, 7, EXACT, MEN),
  FIG ("them-of-quoted-mercenaries", "The RSF said its troops had repelled an assault by “mercenaries”, killing dozens of them.", "killing dozens of them", K, N, 12, N, VAGUE, FIGHTERS),
  FIG ("them-tracked-far-into-the-hills", "The spokesman said troops had tracked the attackers into the foothills of the Budo mountains and killed two of them.", "killed two of them", K, 2, 2, 2, EXACT, FIGHTERS),
  PART_ ("dash-list-past-that-night", "Relatives said that 19 people were killed that night — 11 men, five women and three children from two villages — after being marched to the school.", "five women", "19 people were killed"),
  PART_ ("site-line-with-number-abbreviation", "About 2,000 people have been displaced.\n\nDISPLACEMENT BY SITE\n\n• School No. 57, Moldavanka district: approximately 420 people", "approximately 420 people", "About 2,000 people have been displaced"),
  FIG ("residents-of-listed-communities", "District offices estimate that 6,200 residents of the Ngam Duphli, Suan Phlu and Rama IV communities were forced from their homes by fighting.", "6,200 residents of the Ngam Duphli, Suan Phlu and Rama IV communities were forced from their homes", X, 6200, 6200, 6200, EXACT, CIVILIANS),
  FIG ("sheltering-inside", "Witnesses said at least 2,000 people were sheltering inside the temple grounds by nightfall.", "at least 2,000 people were sheltering inside the temple", X, 2000, 2000, N, AT_LEAST, PEOPLE),
  QUIET_ ("age-after-a-schoolboy", "Among the dead was a schoolboy, 16, shot in the neck near the church, his uncle said.", "16"),
  FIG ("toll-at-anywhere-between", "Researchers have put the toll at anywhere between 3,000 and 20,000.", "the toll at anywhere between 3,000 and 20,000", K, N, 3000, 20000, RANGE, PEOPLE),
  FIG ("abducted-accused-of", "Gunmen abducted five villagers accused of cooperating with the government.", "abducted five villagers", D, 5, 5, 5, EXACT, CIVILIANS),
  PART_ ("including-traders-accused-of", "Police arrested 16 people, including two cattle traders accused of buying the stolen animals.", "two cattle traders", "arrested 16 people"),
  FIG ("displaced-have-reached-town", "About 9,000 people have fled. Most are sheltering in 11 schools, and some 5,600 have reached Karnoi.", "some 5,600 have reached Karnoi", X, 5600, N, N, APPROX, PEOPLE),
  QUIET_ ("convoys-have-reached-town", "Two supply convoys have reached Djibo this week.", "Two"),
  PART_ ("sites-listed-after-the-largest-sites-are", "Some 2,100 people are sheltering in 9 relief camps.\n\nThe largest sites are:\n\n• Kadamtala Higher Secondary School – 740 people\n\n• Uptakhali Madrasa – 520 people", "520 people", "Some 2,100 people are sheltering in 9 relief camps"),
  FIG ("left-place-named-like-a-month", "An estimated 1,500 people have left Mar Elias since Saturday.", "An estimated 1,500 people have left Mar Elias", X, 1500, N, N, APPROX, PEOPLE),
  FIG ("saw-them-take-away", "“I saw them take away four young men from a minibus,” he said.", "take away four young men", D, 4, 4, 4, EXACT, MEN),
  FIG ("families-streamed-out", "Hundreds of families streamed out of the neighbourhood on foot.", "Hundreds of families streamed out", X, N, 100, N, VAGUE, PEOPLE),
  FIG ("bodies-on-the-highway-dash-list", "The bodies on the highway — seven men and two women, some showing signs of torture — were found before dawn Thursday.", "two women", K, 2, 2, 2, EXACT, WOMEN),
  FIG ("quoted-ringleaders-arrested", "The office said that 58 “ringleaders” had been arrested.", "58 “ringleaders” had been arrested", D, 58, 58, 58, EXACT, PEOPLE),
  FIG ("guardsmen-hurt", "State broadcaster VTV said 12 guardsmen had been hurt.", "12 guardsmen had been hurt", I, 12, 12, 12, EXACT, SOLDIERS),
  FIG ("foreigners-among-captured", "Our troops captured 34 others, among them five foreigners.", "five foreigners", D, 5, 5, 5, EXACT, PEOPLE),
  FIG ("among-those-taken-were", "Among those taken were six women and a 14-year-old boy, a witness said.", "Among those taken were six women", D, 6, 6, 6, EXACT, WOMEN),
  FIG ("families-left-again", "Residents said 15 to 20 families had left again after shots were heard.", "15 to 20 families had left", X, N, 15, 20, RANGE, PEOPLE),
  FIG ("funeral-prayers-for-victims", "Funeral prayers for three of the victims were offered at the football ground on Friday.", "Funeral prayers for three of the victims", K, 3, 3, 3, EXACT, PEOPLE),
  FIG ("captured-quoted-provocateurs", "Soldiers had captured 12 \"provocateurs\" carrying petrol bombs.", "captured 12 \"provocateurs\"", D, 12, 12, 12, EXACT, PEOPLE),
  FIG ("families-left-dash-aside", "Neighbors say almost 80 families have left — some for relatives in Surabaya — since the fire.", "almost 80 families have left", X, 80, N, 80, AT_MOST, PEOPLE),
  FIG ("took-boatmen-from-landing", "Residents say the gunmen also took seven or eight boatmen from a landing near Remakri.", "took seven or eight boatmen", D, N, 7, 8, RANGE, OTHER),
  QUIET_ ("seized-trucks-from-depot", "The rebels seized 12 trucks from the depot.", "12"),
  FIG ("have-registered-in-town", "More than 2,500 have registered in Dori alone, a humanitarian worker said.", "More than 2,500 have registered in Dori", X, 2500, 2500, N, AT_LEAST, PEOPLE),
  QUIET_ ("voters-have-registered", "Some 40,000 voters have registered in the district.", "40,000"),
  FIG ("headline-toll-reaches", "Kabylie death toll reaches 63", "death toll reaches 63", K, 63, 63, 63, EXACT, PEOPLE),
  FIG ("housed-in-welfare-centres", "Nearly 1,450 persons were still housed in four welfare centres in the division.", "Nearly 1,450 persons were still housed in four welfare centres", X, 1450, N, 1450, AT_MOST, PEOPLE),
  FIG ("being-housed-in-schools", "About 3,200 people were being housed in schools, the council said.", "About 3,200 people were being housed in schools", X, 3200, N, N, APPROX, PEOPLE),
  FIG ("spent-night-sheltering-after-aside", "Up to 2,000 Muslims, including some 600 children, spent the night sheltering in mosques and school halls.", "Up to 2,000 Muslims", X, 2000, N, 2000, AT_MOST, PEOPLE),
  FIG ("slept-in-mosques-after-aside", "About 2,000 people, including 600 children, slept in mosques.", "About 2,000 people", X, 2000, N, N, APPROX, PEOPLE),
  SRC ("late-last-night-the-government", "Late last night the government announced a curfew across the capital.", "the government", DIPTYCH_SOURCE_OFFICIAL),
  NO_SRC ("late-last-night-not-in-source", "Late last night the government announced a curfew across the capital.", "Late last night the government"),
  SRC ("relative-clause-last-week-kept", "UN investigators who visited last week believe between 70 and 80 people were killed.", "UN investigators", DIPTYCH_SOURCE_NGO),
  NO_SRC ("showed-maximum-restraint", "Our gallant officers showed maximum restraint, the commander said.", "Our gallant officers"),
  FIG ("law-enforcers-and-others-lost-lives", "The police condemned the attacks, in which six law enforcers and 11 other persons lost their lives.", "six law enforcers", K, 6, 6, 6, EXACT, SOLDIERS),
  FIG ("rickshaw-pullers-in-breakdown", "The 11 persons who died included four students of a local college and two rickshaw pullers who were caught in the violence.", "two rickshaw pullers", K, 2, 2, 2, EXACT, OTHER),
  FIG ("took-forty-of-us-from", "\"They took at least 40 of us from the Sector 11 mosque,\" he said.", "took at least 40", D, 40, 40, N, AT_LEAST, PEOPLE),
  FIG ("sheltering-in-basement-of-school", "At least 40 people were still sheltering in the basement of the school on Sunday.", "At least 40 people were still sheltering in the basement of the school", X, 40, 40, N, AT_LEAST, PEOPLE),
  QUIET_ ("sheltering-in-basement-of-building", "Some 40 people were sheltering in the basement of their building.", "40 people"),
  QUIET_ ("kept-her-husbands-body", "One woman had kept her husband's body in the cellar for four days.", "One woman"),
  QUIET_ ("losses-at-billion-rand", "Business groups put losses in the province at 16 billion rand ($1.1 billion).", "16 billion"),
  FIG ("among-them-accused-of-killings", "Police have arrested 57 people in Verulam, among them 11 men accused of murder over the roadblock killings, who appeared in court on Friday.", "11 men", D, 11, 11, 11, EXACT, MEN),
  FIG ("temporarily-resettled", "Approximately 1,500 residents of front-line villages have been temporarily resettled in the district centre.", "Approximately 1,500 residents of front-line villages have been temporarily resettled", X, 1500, N, N, APPROX, CIVILIANS),
  QUIET_ ("had-resettled-on-land", "Some 300 families who had resettled on the disputed land were attacked.", "300 families"),
  FIG ("were-forced-out-of-halls", "After the universities were closed, an estimated 4,800 students were forced out of halls of residence.", "an estimated 4,800 students were forced out", X, 4800, N, N, APPROX, PEOPLE),
  QUIET_ ("forced-out-of-two-communities", "About 200 were forced out of two Bedouin herding communities.", "two Bedouin"),
  FIG ("funerals-of-victims", "Mourners gathered at the cemetery for the funerals of three of the victims.", "funerals of three of the victims", K, 3, 3, 3, EXACT, PEOPLE),
  FIG ("nearly-70000-had-left-since", "He said nearly 70,000 had left since the fighting began Sept. 27, many of them for Baku.", "nearly 70,000 had left", X, 70000, N, 70000, AT_MOST, PEOPLE),
  QUIET_ ("son-aged-had-left", "His son, 24, had left at 5am.", "24"),
  PART_ ("including-more-than-sites-counted", "Partners estimate that 3,800 people are displaced across eight sites, including an estimated 1,300 children.", "an estimated 1,300 children", "3,800 people are displaced"),
  FIG ("party-its-members-killed", "The opposition Alliance for Democratic Change (ADC) said as many as 40 of its members had been killed.", "as many as 40 of its members had been killed", K, 40, N, 40, AT_MOST, PEOPLE),
  FIG ("militia-its-members-killed", "The militia said four of its members had been killed.", "four of its members had been killed", K, 4, 4, 4, EXACT, FIGHTERS),
  NO_SRC ("commission-declared-winner", "Four days after Togo's electoral commission declared the incumbent the winner, the crackdown reached the town.", "Togo's electoral commission"),
  PART_ ("killed-in-place-dash-list", "At least seven people were killed in Mitrovica — five Albanians and two Serbs, according to the UN police — and more than 300 were wounded.", "five Albanians", "At least seven people were killed"),
  FIG ("place-demonym-plural", "Nineteen Serbs were injured, and 11 Kosovo Albanians were hurt when police used tear gas.", "11 Kosovo Albanians were hurt", I, 11, 11, 11, EXACT, PEOPLE),
  FIG ("almost-all-of-them-names-aside", "The agency said at least 3,600 people, almost all of them Serbs, Roma and Ashkali, had been forced from their homes.", "at least 3,600 people", X, 3600, 3600, N, AT_LEAST, PEOPLE),
  FIG ("refused-to-leave-still-missing", "Three elderly residents who had refused to leave their homes are still missing, relatives told MRM.", "Three elderly residents who had refused to leave their homes are still missing", M, 3, 3, 3, EXACT, CIVILIANS),
  QUIET_ ("families-refused-to-leave", "Some 40 families refused to leave.", "40 families"),
  SRC ("men-the-police-describe-as", "Among the dead are 10 men the police describe as gunmen, two soldiers, and a schoolgirl.", "the police", DIPTYCH_SOURCE_OFFICIAL),
  NO_SRC ("figure-not-in-describer", "The dead included 17 men police described as gang members, four civilians and two constables.", "The dead included 17 men police"),
  SRC ("several-residents-reached-described", "Several residents reached by phone described the attack.", "Several residents", DIPTYCH_SOURCE_WITNESS),
  FIG ("sleeping-on-classroom-floors", "At the school, where about 450 people were sleeping on classroom floors on Tuesday, volunteers handed out rice.", "about 450 people were sleeping on classroom floors", X, 450, N, N, APPROX, PEOPLE),
  FIG ("suspects-have-been-remanded", "According to him, 31 of the suspects have been remanded till June 27.", "31 of the suspects have been remanded", D, 31, 31, 31, EXACT, PEOPLE),
  FIG ("killed-a-policeman-and-two-others", "The blast killed a policeman and two others.", "two others", K, 2, 2, 2, EXACT, PEOPLE),
  FIG ("killed-nephew-and-two-of-his-friends", "They killed my nephew and two of his friends at the corner.", "two of his friends", K, 2, 2, 2, EXACT, PEOPLE),
  QUIET_ ("destroyed-a-tank-and-two-others", "Soldiers destroyed a tank and two others.", "two others"),
  QUIET_ ("has-evaded-arrest", "He is wanted on two murder warrants and has evaded arrest since 2019.", "two"),
  FIG ("escaped-wounded-kept", "Twenty people attacked; a number of them escaped wounded, the army said.", "a number of them escaped wounded", I, N, 2, N, VAGUE, PEOPLE),
  FIG ("also-held-at-the-camp", "At least 36 women were also held at the camp, former detainees said.", "At least 36 women were also held at the camp", D, 36, 36, N, AT_LEAST, WOMEN),
  FIG ("taken-to-named-prison", "Over 500 men have been taken to the KP Dom prison.", "Over 500 men have been taken to the KP Dom prison", D, 500, 500, N, AT_LEAST, MEN),
  FIG ("held-in-sports-hall", "At least 70 women were being held in a sports hall in the town.", "At least 70 women were being held", D, 70, 70, N, AT_LEAST, WOMEN),
  FIG ("took-list-and-other-men-away", "\"They took my husband, my father and about 200 other men away in lorries,\" she said.", "about 200 other men", D, 200, N, N, APPROX, MEN),
  QUIET_ ("took-cattle-and-goats-from", "They took the cattle and 20 goats from the farm.", "20 goats"),
  FIG ("fishermen-have-not-returned", "The society says 11 Tamil fishermen who put to sea from Uppuveli on Thursday have not returned.", "11 Tamil fishermen who put to sea from Uppuveli on Thursday have not returned", M, 11, 11, 11, EXACT, OTHER),
  FIG ("fled-and-had-not-returned", "About 600 traders fled on Sunday and many had not returned.", "About 600 traders fled", X, 600, N, N, APPROX, OTHER),
  FIG ("sheltering-in-a-college", "An estimated 6,500 persons are sheltering in the Hindu College and three other schools.", "An estimated 6,500 persons are sheltering in the Hindu College", X, 6500, N, N, APPROX, PEOPLE),
  FIG ("toll-is-higher-dash", "Residents say the toll is higher — at least 16, among them five women — and accuse the navy.", "the toll is higher — at least 16", K, 16, 16, N, AT_LEAST, PEOPLE),
  PART_ ("demonym-list-greeks-spaniards", "Police arrested 14 people, among them nine Germans, three Greeks and two Spaniards.", "two Spaniards", "arrested 14 people"),
  FIG ("relatives-could-not-be-found", "Relatives said two young men from his village could not be found.", "two young men from his village could not be found", M, 2, 2, 2, EXACT, MEN),
  FIG ("ambulances-took-to-hospital", "Ambulances took at least 61 people from the Diaz school to hospital, several of them on stretchers.", "took at least 61 people", I, 61, 61, N, AT_LEAST, PEOPLE),
  FIG ("take-my-cousin-and-others-from", "\"I saw them take my cousin and four other young men from the bus station,\" he said.", "four other young men", D, 4, 4, 4, EXACT, MEN),
  FIG ("residents-interned", "Some 37 of its residents have been interned without charge.", "Some 37 of its residents have been interned", D, 37, N, N, APPROX, CIVILIANS),
  FIG ("families-being-accommodated", "Friel said 64 families were being accommodated at the Alley Arts Centre and two schools.", "64 families were being accommodated", X, 64, 64, 64, EXACT, PEOPLE),
  FIG ("so-far-registered-with-council", "The Garda said fewer than 300 persons from Strabane had so far registered with Donegal County Council.", "fewer than 300 persons from Strabane had so far registered with Donegal", X, 300, N, 300, AT_MOST, PEOPLE),
  FIG ("sought-emergency-accommodation", "The council said 310 people had sought emergency accommodation across the borough.", "310 people had sought emergency accommodation", X, 310, 310, 310, EXACT, PEOPLE),
  FIG ("beat-them-to-death", "\"I saw them drag two boys off a rickshaw and beat them to death,\" he added.", "two boys", K, 2, 2, 2, EXACT, CHILDREN),
  NO_SRC ("update-issued-by-publisher", "This update is issued by the Office of the UN Resident Coordinator in India with inputs from humanitarian partners.", "the Office of the UN Resident Coordinator in India"),
  SRC ("statement-issued-by-army", "A statement issued by the army said 12 soldiers died.", "the army", DIPTYCH_SOURCE_MILITARY),
  FIG ("spent-weekday-night-on-cots", "Hundreds of residents spent Thursday night on cots in the gymnasium, the Red Cross said.", "Hundreds of residents spent Thursday night on cots in the gymnasium", X, N, 100, N, VAGUE, CIVILIANS),
  QUIET_ ("carried-out-amputations", "Surgeons had carried out more than 30 amputations by torchlight since the power failed.", "more than 30"),
  NO_SRC ("the-days-toll-no-source", "Croatia's Information Ministry in Zagreb put the day's toll at 23 dead.", "the day"),
  FIG ("relative-past-when-clause", "Relatives said at least six warehouse workers who were trapped when the roof collapsed were still unaccounted for.", "at least six warehouse workers who were trapped when the roof collapsed were still unaccounted for", M, 6, 6, N, AT_LEAST, OTHER),
  NO_SRC ("the-towns-toll-no-source", "Police said the bodies were found on Tuesday, raising the town’s toll to five.", "the town"),
  FIG ("church-where-spent-the-night", "She sat outside a Methodist church in Pietermaritzburg where about 1,400 people spent the night.", "about 1,400 people spent the night", X, 1400, N, N, APPROX, PEOPLE),
  FIG ("dragging-people-into-trucks", "Riot police charged the crowd, dragging at least 25 people into trucks.", "dragging at least 25 people", D, 25, 25, N, AT_LEAST, PEOPLE),
  FIG ("hundreds-held-after-raids", "Chile coup: Dozens dead and hundreds held after army raids on Santiago shantytown", "hundreds held", D, N, 100, N, VAGUE, PEOPLE),
  FIG ("was-taken-with-other-men", "\"My brother was taken with 11 other men from the housing project on Oct 7,\" she said.", "11 other men", D, 11, 11, 11, EXACT, MEN),
  FIG ("took-him-with-other-men", "\"The National Guard took him with four other young men,\" she said.", "four other young men", D, 4, 4, 4, EXACT, MEN),
  FIG ("sustained-various-degrees-of-injury", "He said three persons lost their lives, while 27 others sustained various degrees of injury.", "27 others", I, 27, 27, 27, EXACT, PEOPLE),
  FIG ("sheltering-in-caves", "Hundreds more are sheltering in caves and ravines near the town.", "Hundreds more are sheltering in caves", X, N, 100, N, VAGUE, PEOPLE),
  PART_ ("hyphen-bullet-site-list", "The CRA estimates that around 4,300 people have left their homes. Of these:\n\n- Blida city: approximately 2,100 people, sheltering in five schools;\n\n- Boufarik: up to 850 people, in two mosques.", "up to 850 people", "around 4,300 people have left their homes"),
  FIG ("list-under-outcome-heading", "Injured people treated, by facility (as of 23 July):\n\n• Rangpur Medical College Hospital: 412\n\n• Kurigram General Hospital: 71", "71", I, 71, 71, 71, EXACT, PEOPLE),
  FIG ("others-than-a-parts-whole", "His staff had received the bodies of 11 people — among them two children — and 26 others were wounded by gunfire.", "26 others were wounded", I, 26, 26, 26, EXACT, PEOPLE),
  SRC ("said-its-head-nurse-named", "The health centre received upwards of 40 wounded, said its head nurse, Mrs Ablavi Tsogbe.", "its head nurse, Mrs Ablavi Tsogbe", DIPTYCH_SOURCE_OTHER),
  FIG ("had-left-the-named-prefecture", "UNHCR estimated that between 6,000 and 7,000 people had left the Lacs prefecture in five days.", "between 6,000 and 7,000 people had left", X, N, 6000, 7000, RANGE, PEOPLE),
  FIG ("had-left-for-relatives-farms", "Neighbours said roughly 40 people had left for relatives' farms in the valleys below.", "roughly 40 people had left", X, 40, N, N, APPROX, PEOPLE),
  QUIET_ ("soldiers-left-the-base", "The 12 soldiers had left the Army base.", "12 soldiers"),
  FIG ("sleeping-at-relatives-homes", "Fearing arrest, hundreds of young men from the camp are sleeping at relatives’ homes outside the city.", "hundreds of young men from the camp are sleeping at relatives’ homes", X, N, 100, N, VAGUE, MEN),
  NO_SRC ("dateline-agency-reports-of-two-words", "GORAŽDE, 22 April (BH Press) – The War Presidency says 117 civilians have been killed.\n\nBH Press reports that the Command has confirmed that 19 of its members lost their lives.", "BH Press"),
  SRC ("name-initials-not-a-credit", "Skopje, 1 June 2001 – Civilians are dying, the Civilians in Conflict Monitor (CCM) said today.\n\nCCM researchers interviewed 46 people and CCM said 17 civilians died.", "CCM", DIPTYCH_SOURCE_OTHER),
  PART_ ("dash-list-after-between-months", "He counts twenty-three people who disappeared between May and September — 17 men, four women and two children — of whom only three returned.", "four women", "twenty-three people who disappeared"),
  FIG ("spent-another-night-in-the-open", "Thousands of families spent another night in the open.", "Thousands of families spent another night in the open", X, N, 1000, N, VAGUE, PEOPLE),
  FIG ("took-and-his-brothers-in-the-night", "\"They took my husband and his two brothers in the night,\" she said.", "his two brothers", D, 2, 2, 2, EXACT, MEN),
  FIG ("held-with-other-students", "Biruk said he was held with almost 60 other students at a police station for two nights.", "almost 60 other students", D, 60, N, 60, AT_MOST, PEOPLE),
  FIG ("took-him-and-four-of-his-friends", "\"They took him and four of his friends,\" she said.", "four of his friends", D, 4, 4, 4, EXACT, PEOPLE),
  FIG ("authorities-are-holding", "Ethiopian authorities are holding at least 3,800 people in overcrowded camps.", "holding at least 3,800 people", D, 3800, 3800, N, AT_LEAST, PEOPLE),
  NO_SRC ("the-regencys-toll-no-source", "The National Police, which put the regency's death toll at fewer than 15, sent more officers.", "the regency"),
  FIG ("beat-two-men-to-death", "Villagers beat two men to death.", "beat two men", K, 2, 2, 2, EXACT, MEN),
  FIG ("stabbed-three-people-to-death", "Gunmen stabbed three people to death.", "stabbed three people", K, 3, 3, 3, EXACT, PEOPLE),
  QUIET_ ("relatives-of-people-held", "HornWatch interviewed 27 former detainees and 11 relatives of people held at the camp.", "11 relatives"),
  QUIET_ ("relatives-of-detained-or-missing", "The group interviewed 37 people, including 14 relatives of detained or missing people and four lawyers.", "14 relatives"),
  FIG ("headline-says-title-case", "Lofa Command Says 34 Dissidents Killed, 12 Captured in Voinjama Counter-Offensive", "34 Dissidents Killed", K, 34, 34, 34, EXACT, FIGHTERS),
  FIG ("sheltering-at-saint-church", "Roughly 600 people were sheltering at St. Joseph's church.", "Roughly 600 people were sheltering at St. Joseph's church", X, 600, N, N, APPROX, PEOPLE),
  FIG ("had-crowded-into-school", "Another 250 people had crowded into a school compound nearby.", "250 people had crowded into a school compound nearby", X, 250, 250, 250, EXACT, PEOPLE),
  FIG ("of-them-fatally", "Over 240 people have been hit by stray bullets this year, 61 of them fatally, according to Rede Alvo.", "61 of them fatally", K, 61, 61, 61, EXACT, PEOPLE),
  NO_SRC ("men-described-as-participle", "By then, according to the military police, six men described as drug traffickers were dead.", "six men"),
  SRC ("residents-described-soldiers", "Several residents described soldiers going from house to house at night.", "Several residents", DIPTYCH_SOURCE_WITNESS),
  FIG ("injuries-to-seven-others", "The Police Command has confirmed the killing of 12 persons and injuries to seven others in an attack.", "injuries to seven others", I, 7, 7, 7, EXACT, PEOPLE),
  QUIET_ ("losses-in-million-som", "Traders estimate their losses at more than 200 million som.", "200 million"),
  FIG ("sheltering-under-plastic-sheets", "Further up the mountain, around 100,000 people are sheltering under plastic sheets and blankets.", "around 100,000 people are sheltering under plastic sheets", X, 100000, N, N, APPROX, PEOPLE),
  FIG ("killing-saboteurs", "The Northern Command says its units have restored order, killing 46 saboteurs.", "killing 46 saboteurs", K, 46, 46, 46, EXACT, FIGHTERS),
  QUIET_ ("treated-patients-in-week-mainly-for-illness", "Two field hospitals treated 2,300 patients in the past week, mainly for respiratory infections, diarrhoea and frostbite.", "2,300 patients"),
  FIG ("treated-people-in-night-for-wounds", "The hospital treated 41 people in the night, mostly for gunshot wounds.", "treated 41 people", I, 41, 41, 41, EXACT, PEOPLE),
  FIG ("bodies-of-a-man-and-his-children", "He had helped pull the bodies of a man and his four children from a collapsed building.", "the bodies of a man and his four children", K, 4, 4, 4, EXACT, CHILDREN),
  QUIET_ ("lakh-rupees-to-families", "The government would pay 10 lakh rupees to the families of those killed.", "10 lakh"),
  PART_ ("opening-place-then-sheltering", "At the camp for displaced persons at the LGEA Primary School in Riyom town, more than 1,400 people are now sheltering, 230 of them since Saturday.", "230 of them", "more than 1,400 people are now sheltering"),
  QUIET_ ("opening-village-then-sheltering", "In the village, some 40 people were sheltering.", "40 people"),
  FIG ("still-being-held-hostage", "According to the SBU, 112 Ukrainian citizens are still being held hostage by the terrorists.", "112 Ukrainian citizens are still being held hostage", D, 112, 112, 112, EXACT, PEOPLE),
  FIG ("died-a-heros-death", "According to the press centre, 4 servicemen died a hero's death in the battles for the town.", "4 servicemen died", K, 4, 4, 4, EXACT, SOLDIERS),
  FIG ("destroyed-terrorists", "Since then federal forces have destroyed more than 2,500 terrorists, the press centre said.", "destroyed more than 2,500 terrorists", K, 2500, 2500, N, AT_LEAST, FIGHTERS),
  FIG ("rebels-were-destroyed", "He says 140 rebels were \u201cdestroyed\u201d in the village.", "140 rebels were \u201cdestroyed", K, 140, 140, 140, EXACT, FIGHTERS),
  QUIET_ ("destroyed-terrorist-bases", "Air strikes destroyed two terrorist bases near the border.", "two terrorist bases"),
  FIG ("held-men-in-the-basement", "Residents say soldiers held about 40 men in the basement of a holiday complex for days at a time.", "held about 40 men", D, 40, N, N, APPROX, MEN),
  FIG ("holding-residents-against-their-will", "He dismissed claims that the units were holding 1,100 residents of the town against their will.", "holding 1,100 residents", D, 1100, 1100, 1100, EXACT, CIVILIANS),
  FIG ("still-holding-seven-others", "The terrorists killed 14 civilians in the villages and were still holding seven others, including three women.", "holding seven others", D, 7, 7, 7, EXACT, CIVILIANS),
  QUIET_ ("tent-had-held-people", "The tent had held some 150 people and 12 of the wounded had been taken across the border.", "some 150 people"),
  QUIET_ ("cells-holding-men", "Former detainees described cells holding up to 80 men.", "up to 80 men"),
  PART_ ("bulleted-lower-case-label", "An estimated 7,500 people have left the town.\n\nPartners report displacement by location as follows:\n\n- villages in the district: about 3,900 people, mostly staying with relatives;\n\n- Midyat: 2,100 people;\n\n- other locations: 300\u2013500 people.", "about 3,900 people", "An estimated 7,500 people have left the town"),
  FIG ("toll-colon-list", "The number of people killed had reached 12: 7 members of armed groups, 3 civilians and 2 agents of the State Guard.", "The number of people killed had reached 12", K, 12, 12, 12, EXACT, PEOPLE),
  FIG ("toll-colon-list-agents", "The number of people killed had reached 12: 7 members of armed groups, 3 civilians and 2 agents of the State Guard.", "2 agents", K, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("agents-injured", "Seventeen agents were injured when the crowd stormed the post.", "Seventeen agents were injured", I, 17, 17, 17, EXACT, SOLDIERS),
  FIG ("another-went-missing", "At least 18 activists were killed last year and another 11 went missing, the group said.", "11 went missing", M, 11, 11, 11, EXACT, OTHER),
  FIG ("restated-aside-then-who", "Officials said 86 families, approximately 340 persons, who had left their homes are staying in a shelter.", "86 families", X, 86, 86, 86, EXACT, PEOPLE),
  FIG ("restated-aside-or-then-who", "He put the number at between 60 and 70 families, or some 300 people, who are now sheltering in a school.", "some 300 people", X, 300, N, N, APPROX, PEOPLE),
  FIG ("sheltering-in-hall", "About 600 people were sheltering in the parish hall on Sunday.", "About 600 people were sheltering in the parish hall", X, 600, N, N, APPROX, PEOPLE),
  QUIET_ ("sleeping-in-hall", "About 150 people were sleeping in the main hall when the shell hit it.", "150 people"),
  FIG ("held-by-community-members", "The ombudsman said 14 people, including 3 women, were held by community members for 2 days.", "14 people", D, 14, 14, 14, EXACT, PEOPLE),
  FIG ("listed-with-unnumbered-others", "Police said four protesters, a police officer and a 15-year-old boy were killed on Wednesday.", "four protesters", K, 4, 4, 4, EXACT, PEOPLE),
  QUIET_ ("list-then-participle-of-last", "The canoes carried what was left of the village: 212 people, their pigs and the coffin of a girl killed by a stray bullet.", "212 people"),
  FIG ("militia-counted", "His troops had killed more than 50 militia while returning fire.", "killed more than 50 militia", K, 50, 50, N, AT_LEAST, FIGHTERS),
  FIG ("militia-supporters", "Police said 63 suspected militia supporters had been arrested.", "63 suspected militia supporters had been arrested", D, 63, 63, 63, EXACT, PEOPLE),
  FIG ("bare-count-released-next-sentence", "Soldiers detained at least 60 men on Friday. Seventeen were released by evening.", "Seventeen", D, 17, 17, 17, EXACT, MEN),
  FIG ("bare-count-released-after-semicolon", "Gunmen abducted 23 people on Monday; 11 have since been released.", "11", D, 11, 11, 11, EXACT, PEOPLE),
  QUIET_ ("bare-count-released-of-no-detained", "Twelve people were wounded on Friday. Seventeen were released by evening.", "Seventeen"),
  FIG ("sacrifice-of", "\"The sacrifice of our 10 brave jawans will not go in vain,\" he wrote.", "The sacrifice of our 10 brave jawans", K, 10, 10, 10, EXACT, SOLDIERS),
  FIG ("quotation-opens-with-capital", "“All 14 were killed in uniform,” the commander said.", "14 were killed", K, 14, 14, 14, EXACT, PEOPLE),
  QUIET_ ("not-one-of-them", "Police detained 12 men. “Not one of them is a bandit,” he said.", "one of them"),
  FIG ("they-were-holding", "Police, however, said they were holding 15 people.", "holding 15 people", D, 15, 15, 15, EXACT, PEOPLE),
  QUIET_ ("prison-was-holding", "The prison, built for 600 men, was holding 1,410 when the riot broke out.", "1,410"),
  FIG ("members-named-fell-as-martyrs", "Two members of the task force, Brigadier Andi Rahman and Private Yosua Lumintang, fell as martyrs in the exchange.", "Two members of the task force", K, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("fell-heroically", "2 soldiers fell heroically during the assault.", "2 soldiers fell heroically", K, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("one-hero-martyred", "During the operation, 1 hero of our security forces was martyred.", "1 hero of our security forces was martyred", K, 1, 1, 1, EXACT, SOLDIERS),
  FIG ("arbitrary-arrests", "The group documented 31 killings and 52 arbitrary arrests in September.", "52 arbitrary arrests", D, 52, 52, 52, EXACT, PEOPLE),
  FIG ("sought-asylum", "The UN refugee agency says nearly 1,900 Burundians have sought asylum in Tanzania since August.", "nearly 1,900 Burundians have sought asylum", X, 1900, N, 1900, AT_MOST, PEOPLE),
  FIG ("the-other-two-after-part", "Six people were killed. He said four of the dead were party members and the other two belonged to the youth league.", "the other two", K, 2, 2, 2, EXACT, PEOPLE),
  FIG ("became-a-martyr", "One soldier became a martyr and two were wounded.", "One soldier became a martyr", K, 1, 1, 1, EXACT, SOLDIERS),
  FIG ("freed-who-were-held-hostage", "Police freed nine municipal employees who were held hostage for more than 30 hours by protesters.", "nine municipal employees", D, 9, 9, 9, EXACT, OTHER),
  PART_ ("comprising-breakdown", "The rebels have killed 23 people, comprising 14 civilians, 6 soldiers and 3 police officers.", "6 soldiers", "killed 23 people"),
  PART_ ("breakdown-list-in-commas", "At least 19 people, including seven women, four children and eight men, were killed in the attack.", "eight men", "At least 19 people"),
  FIG ("element-of-the-guard", "In repelling the attack, 1 element of the National Guard lost his life and 4 more were injured.", "1 element of the National Guard lost his life", K, 1, 1, 1, EXACT, SOLDIERS),
  FIG ("houthi-elements", "The source said 6 Houthi elements were captured during the operation.", "6 Houthi elements were captured", D, 6, 6, 6, EXACT, FIGHTERS),
  FIG ("taken-for-questioning", "Villagers say more than 40 men were taken for questioning in the first three days.", "more than 40 men were taken for questioning", D, 40, 40, N, AT_LEAST, MEN),
  FIG ("year-before-qualifier", "Since 2021 at least 19 civilians have died in custody.", "at least 19 civilians have died", K, 19, 19, N, AT_LEAST, CIVILIANS),
  FIG ("moved-on-towards", "Local authorities also report that up to 1,500 people have moved on towards the prefecture capital.", "up to 1,500 people have moved on towards", X, 1500, N, 1500, AT_MOST, PEOPLE),
  FIG ("gone-to-relatives", "Officials said 2,400 people were sheltering in schools and that a further 1,100 had gone to relatives in Lichinga.", "1,100 had gone to relatives", X, 1100, 1100, 1100, EXACT, PEOPLE),
  FIG ("killing-him-and-three", "Gunmen attacked the convoy on Tuesday, killing him and three of his aides.", "three of his aides", K, 3, 3, 3, EXACT, PEOPLE),
  PART_ ("list-under-a-note-that-counts", "An estimated 44,000 people have been displaced.\n\nDISPLACEMENT BY SITE\n\nFigures are based on registration by the PDMA as of 17 August. The 44,000 people registered so far correspond to about 7,300 families.\n\n- Government Degree College camp: 7,450 people\n\n- Sports Complex camp: 5,900 people", "5,900 people", "The 44,000 people"),
  FIG ("passersby", "Gunmen killed the mayor and wounded five passersby.", "wounded five passersby", I, 5, 5, 5, EXACT, CIVILIANS),
  FIG ("houthis-are-holding", "The Houthis are holding at least 23 people, according to the U.N.", "holding at least 23 people", D, 23, 23, N, AT_LEAST, PEOPLE),
  FIG ("twelve-of-the-pupils-freed", "Gunmen abducted 14 pupils and two teachers from a school in Bafanji. Twelve of the pupils were freed after their parents paid ransoms.", "Twelve of the pupils", D, 12, 12, 12, EXACT, CHILDREN),
  FIG ("agents-of-long-name-aside", "Two agents of Brazil's environmental protection agency, Ibama, were shot dead on Sunday.", "Two agents", K, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("members-of-place-aside", "Three members of the community council of Santa Rosa, a village in Chisec, were killed.", "Three members", K, 3, 3, 3, EXACT, PEOPLE),
  FIG ("killing-long-object-and-two", "A drone struck the town on Tuesday, killing the head of its military administration and two of his aides.", "two of his aides", K, 2, 2, 2, EXACT, PEOPLE),
  PART_ ("list-label-date-in-name", "Some 1,900 people have been displaced and are staying at the following sites:\n\n• Municipal Coliseum: 610 people\n\n• Unidad Educativa 12 de Octubre: 280 people\n\n• Evangelical church: about 100 people", "about 100 people", "Some 1,900 people have been displaced"),
  PART_ ("list-label-quoted-name", "Some 1,900 people have been displaced and are staying at the following sites:\n\n- Parish hall: 145 people\n\n- Primary school \"Benito Juárez\" (classes suspended): 95 people\n\n- Host families: approximately 800 people", "approximately 800 people", "Some 1,900 people have been displaced"),
  PART_ ("list-under-a-one-line-note-that-counts", "At least 1,480 people have been displaced to the town.\n\nDISPLACEMENT BY SITE (as of 22 September)\n\nOf the 1,480 displaced people registered, 540 are children.\n\n- Municipal coliseum: 620 people\n\n- Agricultural secondary school: 410 people", "410 people", "1,480 displaced people"),
  PART_ ("list-label-aside-verified", "About 2,000 people have been displaced. They are staying at the following sites:\n\n• Primary school (collective site): 420 people\n\n• Villages in the lower valley (not yet verified): 400–500 people", "400–500 people", "About 2,000 people have been displaced"),
  PART_ ("dash-breakdown-after-the-violence", "Gendarmes arrested 23 people after the violence — 15 farmers and eight herders — of whom 19 have since been released.", "eight herders", "arrested 23 people"),
  FIG ("left-veredas", "Some 40 families have left outlying veredas since January, the mayor said.", "Some 40 families have left outlying veredas", X, 40, N, N, APPROX, PEOPLE),
  FIG ("initialism-with-points", "Two U.S. soldiers were killed and three U.N. peacekeepers were wounded.", "Two U.S. soldiers were killed", K, 2, 2, 2, EXACT, SOLDIERS),
  PART_ ("of-whom-freed", "By his count, 86 people were abducted, of whom 30 have been freed after their families paid ransoms.", "30", "86 people were abducted"),
  FIG ("suspected-of-having-informed", "It said three men suspected of having informed the gunmen about the boat's departure had been arrested.", "three men suspected of having informed the gunmen about the boat's departure had been arrested", D, 3, 3, 3, EXACT, MEN),
  FIG ("taken-from-a-bus", "Partners report that 12 men were taken from a bus by armed men on 5 November.", "12 men were taken from a bus", D, 12, 12, 12, EXACT, MEN),
  FIG ("number-of-force-members-killed", "A police officer died of his wounds, raising the number of security force members killed to five, police said.", "the number of security force members killed to five", K, 5, 5, 5, EXACT, SOLDIERS),
  PART_ ("list-label-article", "An estimated 6,500 people have left the town. Displacement by site:\n\n- Olive groves west of Tasil: about 2,100 people, in open areas and makeshift tents.\n\n- Al-Nour school, used as a collective shelter: 640 people.\n\n- Mosques in neighbouring villages: 1,450 people.", "1,450 people", "An estimated 6,500 people have left the town"),
  PART_ ("list-label-saint", "An estimated 9,400 people have been displaced. The displaced are staying at the following locations:\n\n• Central Primary School: 2,900 people\n\n• St. Patrick's Catholic Church: 2,150 people\n\n• Local Government Secretariat: 1,800 people", "1,800 people", "An estimated 9,400 people have been displaced"),
  FIG ("armed-group-and-was-holding", "Residents said the armed group had burnt about 300 houses in nine villages and was holding 11 people at its camp.", "holding 11 people", D, 11, 11, 11, EXACT, PEOPLE),
  FIG ("day-labourers", "Up to 15 civilians died in the clashes, among them 4 day labourers.", "4 day labourers", K, 4, 4, 4, EXACT, OTHER),
  FIG ("rescued-past-breakdown-who-kidnapped", "Police rescued 12 people, among them 5 minors, who had been kidnapped by the gang.", "12 people", D, 12, 12, 12, EXACT, PEOPLE),
  FIG ("rescued-past-breakdown-part", "Police rescued 12 people, among them 5 minors, who had been kidnapped by the gang.", "5 minors", D, 5, 5, 5, EXACT, CHILDREN),
  FIG ("rescued-persons-deprived-of-liberty", "In a separate operation, agents rescued 3 persons deprived of their liberty and arrested 5 alleged kidnappers.", "3 persons deprived of their liberty", D, 3, 3, 3, EXACT, PEOPLE),
  SRC ("quoted-by-local-newspaper-name", "Police sources quoted by the local newspaper Frontera Hoy said the attackers were looking for a gang member.", "the local newspaper Frontera Hoy", DIPTYCH_SOURCE_MEDIA),
  SRC ("quoted-by-name-news-agency", "The ministry, quoted by the Interfax news agency, said its forces had killed 230 troops.", "the Interfax news agency", DIPTYCH_SOURCE_MEDIA),
  SRC ("quoted-by-city-daily", "The defence ministry, quoted by the Lima daily Expreso, said the dead were terrorists.", "the Lima daily Expreso", DIPTYCH_SOURCE_MEDIA),
  FIG ("residents-then-own-clause-said", "During the occupation, troops detained dozens of residents, and at least six of them were never seen again, said village head Petro Sushko.", "detained dozens of residents", D, N, 12, N, VAGUE, CIVILIANS),
  SRC ("said-village-head-name", "Troops detained dozens of residents, said village head Petro Sushko.", "village head Petro Sushko", DIPTYCH_SOURCE_OTHER),
  FIG ("left-outlying-ranches", "Residents said dozens of families had left outlying ranches in recent weeks.", "dozens of families had left outlying ranches", X, N, 12, N, VAGUE, PEOPLE),
  FIG ("left-their-farms", "More than 100 families have left their farms, rights workers say.", "More than 100 families have left their farms", X, 100, 100, N, AT_LEAST, PEOPLE),
  FIG ("left-the-municipality", "Local church workers estimate that as many as 200 families have left the municipality since May.", "as many as 200 families have left the municipality", X, 200, N, 200, AT_MOST, PEOPLE),
  FIG ("left-the-hromada", "\u2022 An estimated 2,600 people have left the hromada; most are older people.", "An estimated 2,600 people have left the hromada", X, 2600, N, N, APPROX, PEOPLE),
  FIG ("left-for-other-parts", "Local officials said that up to 300 families had already left for other parts of the valley.", "up to 300 families had already left", X, 300, N, 300, AT_MOST, PEOPLE),
  QUIET_ ("left-for-a-meeting", "Five ministers have left for a meeting.", "Five ministers"),
  PART_ ("of-whom-since-released", "At least 29 people were detained, 22 of whom have since been released.", "22 of whom", "At least 29 people were detained"),
  QUIET_ ("most-of-whom-released", "Police detained 50 people, most of whom were released by evening.", "most of whom"),
  QUIET_ ("of-them-escaped", "Gunmen seized 35 passengers; eight of them escaped on Monday and two were rescued.", "eight of them"),
  SRC ("who-gave-his-name-in-quotes", "A FARC commander who gave his name as \u201cEfra\u00edn\u201d denied the charge in a telephone call to Caracol.", "A FARC commander", DIPTYCH_SOURCE_MILITARY),
  NO_SRC ("charge-after-quoted-name", "A FARC commander who gave his name as \u201cEfra\u00edn\u201d denied the charge in a telephone call to Caracol.", "the charge"),
  FIG ("took-boys-that-night", "\u201cThey took five boys that night,\u201d she said.", "took five boys", D, 5, 5, 5, EXACT, CHILDREN),
  FIG ("took-kin-at-midnight", "\u201cThey took my two sons at midnight and said they would be trained to fight,\u201d she said.", "took my two sons", D, 2, 2, 2, EXACT, MEN),
  FIG ("took-and-kin-in-a-month", "Gunmen took her husband and two of her brothers in April.", "two of her brothers", D, 2, 2, 2, EXACT, MEN),
  QUIET_ ("took-in-the-afternoon-to-a-shelter", "Volunteers took 14 residents in the afternoon to a shelter.", "14 residents"),
  QUIET_ ("took-boys-that-day-to-market", "They took five boys that day to the market.", "five boys"),
  FIG ("executed-peasants", "Soldiers executed 22 peasants in the village, survivors said.", "executed 22 peasants", K, 22, 22, 22, EXACT, CIVILIANS),
  FIG ("lashkar-members", "The militants said they had killed at least 150 lashkar members.", "killed at least 150 lashkar members", K, 150, 150, N, AT_LEAST, FIGHTERS),
  SRC ("statement-stressed-at-end", "The servicemen died heroically while fulfilling their military duty, the statement stressed.", "the statement", DIPTYCH_SOURCE_OTHER),
  SRC ("stressed-that", "The Army Command stressed that the cell was responsible for the attack.", "The Army Command", DIPTYCH_SOURCE_MILITARY),
  SRC ("quote-then-stressed-name", "\u201cWe will not leave,\u201d stressed the minister.", "the minister", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("monitor-recorded-strikes", "The Armed Conflict Location & Event Data Project (ACLED), a U.S.-based monitor, has recorded 42 drone strikes in Amhara since January.", "The Armed Conflict Location & Event Data Project (ACLED)", DIPTYCH_SOURCE_NGO),
  NO_SRC ("town-recorded-attacks", "The town recorded 40 attacks last year.", "The town"),
  SRC ("counted-families-who-fled", "The mayor\u2019s office counted 260 families who fled that week.", "The mayor\u2019s office", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("un-official-not-authorized", "A U.N. official who spoke on condition of anonymity because they were not authorized to brief reporters said the group had abducted people.", "A U.N. official", DIPTYCH_SOURCE_ANONYMOUS),
  SRC ("opening-participle-and-said", "Reacting, the Commissioner for Information, Alhaji Mannir Dogondaji, commended the troops and said 12 people had died.", "the Commissioner for Information, Alhaji Mannir Dogondaji", DIPTYCH_SOURCE_OFFICIAL),
  SRC ("notes-that", "The DTM notes that most of the displaced arrived with no belongings.", "The DTM", DIPTYCH_SOURCE_NGO),
  NO_SRC ("stressed-the-need", "The mayor stressed the need for calm.", "The mayor"),
  FIG ("left-the-countryside", "Hundreds of peasant families have left the countryside around the town over the past decade.", "Hundreds of peasant families have left the countryside", X, N, 100, N, VAGUE, PEOPLE),
  FIG ("aside-then-reported-abducted", "\u2022 Nine people, including five children, reported abducted.", "Nine people", D, 9, 9, 9, EXACT, PEOPLE),
  PART_ ("aside-then-reported-missing", "\u2022 Some 23 people, including 8 children, reported missing.", "8 children", "Some 23 people"),
  FIG ("have-given-their-lives", "Since April 2014, more than 2,500 servicemen have given their lives for the freedom of Ukraine.", "more than 2,500 servicemen have given their lives", K, 2500, 2500, N, AT_LEAST, SOLDIERS),
  FIG ("survived-of-them-with-wounds", "Rescuers recovered the bodies of eight miners. Thirteen miners survived by hiding in the river, four of them with stab and gunshot wounds.", "four of them with stab and gunshot wounds", I, 4, 4, 4, EXACT, OTHER),
  QUIET_ ("brothers-aged-and-age-died", "Ahmed Ali and Omar Said, brothers aged 34 and 52 died at the scene.", "52 died"),
  FIG ("men-aged-and-age-died-figure", "According to him, a woman born in 1961 and 2 men aged 34 and 52 died at the scene.", "2 men aged 34 and 52 died", K, 2, 2, 2, EXACT, MEN),
  QUIET_ ("hospital-no-number", "The 4 wounded were airlifted to the Armed Forces Hospital No. 2 in Guayaquil and are in stable condition.", "2 in Guayaquil"),
  FIG ("is-fighters-in-capitals", "In March, an Iraqi airstrike killed 14 IS fighters, including a senior commander, the military said.", "killed 14 IS fighters", K, 14, 14, 14, EXACT, FIGHTERS),
  FIG ("breakdown-then-killed-another", "Police had arrested seven suspects, including two teenagers, in raids in El Triunfo, and killed another man who opened fire on officers.", "two teenagers", D, 2, 2, 2, EXACT, CHILDREN),
  PART_ ("quote-opens-of-the-displaced", "Some 1,200 people have fled Yigi, the Regent said. \"Of the displaced, 402 are children and 296 are women,\" he said.", "Of the displaced, 402 are children", "Some 1,200 people have fled"),
  FIG ("quote-opens-of-the-injured-officers", "Police said 12 officers were injured. \u201cOf the injured officers, four are in a serious condition,\u201d he said.", "Of the injured officers, four", I, 4, 4, 4, EXACT, SOLDIERS),
  FIG ("part-of-repeated-whole-are-women", "Gunmen abducted 4 people on the road. Partners report that 2 of the 4 abducted people are women.", "2 of the 4 abducted people are women", D, 2, 2, 2, EXACT, WOMEN),
  FIG ("civilian-toll-of-dead", "A local monitor gave a higher civilian toll of 27 dead, 5 of them children.", "27 dead", K, 27, 27, 27, EXACT, CIVILIANS),
  FIG ("families-comprising-persons", "The ministry said that 312 families, comprising 1,560 persons, had been displaced from villages in the desert.", "1,560 persons", X, 1560, 1560, 1560, EXACT, PEOPLE),
  FIG ("people-are-held-comma", "Russian-installed officials have said that fewer than 100 people are held, all of them on criminal charges.", "fewer than 100 people are held", D, 100, N, 100, AT_MOST, PEOPLE),
  QUIET_ ("people-are-held-responsible", "Officials said 40 people are held responsible for the damage.", "40 people"),
  FIG ("taken-to-camps-only-field-hospital", "Khamis said 57 people had been taken to the camp's only functioning field hospital.", "57 people had been taken to the camp's only functioning field hospital", I, 57, 57, 57, EXACT, PEOPLE),
  SRC ("speaking-to-outlet-then-welcomed", "Speaking to AMAP, the village chief of Kokry, Bakary Diarra, 71, welcomed the return of the armed forces.", "the village chief of Kokry", DIPTYCH_SOURCE_OTHER),
  SRC ("speaking-to-outlet-name-commended", "Speaking to KNA in Mangai on Saturday, Lamu East Deputy County Commissioner Hussein Abdi commended the officers.", "Lamu East Deputy County Commissioner Hussein Abdi", DIPTYCH_SOURCE_OFFICIAL),
  NO_SRC ("speaking-with-list-documented", "Speaking with 38 residents, survivors and relatives, KCPN researchers documented 11 attacks.", "survivors and relatives"),
  FIG ("named-alliance-its-members", "The Kalinga Tribal Elders' Alliance, which he helped found, said five of its members had been killed since 2023.", "five of its members had been killed", K, 5, 5, 5, EXACT, PEOPLE),
  FIG ("unions-lawyer-its-members", "The union's lawyer, Teresita Garde, said at least 17 of its members had been killed on Negros since 2018.", "at least 17 of its members had been killed", K, 17, 17, N, AT_LEAST, PEOPLE),
  FIG ("alliance-of-factions-its-members", "A spokesman for the National Guard, an alliance of Druze factions, said three of its members were killed.", "three of its members were killed", K, 3, 3, 3, EXACT, FIGHTERS),
  FIG ("freed-migrants-held-captive", "Police arrested three suspects and freed 63 migrants held captive there, among them 11 women and nine children.", "63 migrants held captive", D, 63, 63, 63, EXACT, PEOPLE),
  PART_ ("rescued-breakdown-who-held-captive", "Police agents also rescued 4 persons, among them 2 adolescents, who had been held captive for 3 days.", "2 adolescents", "4 persons"),
  FIG ("further-sheltering-in-forest-areas", "Local authorities estimate that a further 150–200 people are sheltering in forest areas that partners have not reached.", "150–200 people are sheltering in forest", X, N, 150, 200, RANGE, PEOPLE),
  FIG ("fell-during-combat", "The IDF announces with sorrow that 2 soldiers fell during combat in the Khuza'a area on July 11.", "2 soldiers fell during combat", K, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("apprehension-of-persons", "The operation resulted in the apprehension of 47 persons linked to the gang.", "apprehension of 47 persons", D, 47, 47, 47, EXACT, PEOPLE),
  FIG ("number-fled-wounded", "Six were killed and 4 others were arrested, while a number of others fled wounded.", "a number of others fled wounded", I, N, 2, N, VAGUE, PEOPLE),
  FIG ("were-taken-on-night-in-month", "Her husband and two of her brothers were taken on the same night in March.", "two of her brothers were taken", D, 2, 2, 2, EXACT, MEN),
  QUIET_ ("were-taken-in-afternoon-to-shelter", "Fourteen people were taken in the afternoon to a shelter.", "Fourteen people"),
  FIG ("from-place-name-among-them-aside", "The police have told me that 6 people from the village, Adil among them, were arrested.", "6 people", D, 6, 6, 6, EXACT, PEOPLE),
  FIG ("bringing-to-number-of-soldiers-killed", "A soldier was killed on Monday, bringing to 448 the number of soldiers killed since the start of the offensive.", "448 the number of soldiers killed", K, 448, 448, 448, EXACT, SOLDIERS),
  FIG ("bravehearts-supreme-sacrifice", "In the ensuing firefight, 4 terrorists were eliminated. 2 bravehearts of the Army made the supreme sacrifice.", "2 bravehearts of the Army made the supreme sacrifice", K, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("defense-force-members", "The army said that 2 Defense Force members were martyred in the fighting.", "2 Defense Force members were martyred", K, 2, 2, 2, EXACT, SOLDIERS),
  SRC ("said-paramedic-name", "\"We made the trip four times,\" said paramedic Khaled al-Najjar, who works for the Red Crescent.", "paramedic Khaled al-Najjar", DIPTYCH_SOURCE_OTHER),
  SRC ("said-camp-chairman-name", "\u201cThey set fire to shelters,\u201d said camp chairman Peter Ahile.", "camp chairman Peter Ahile", DIPTYCH_SOURCE_OTHER),
  NO_SRC ("boundary-dispute-between", "The boundary dispute between Tajumulco and Ixchiguán dates back more than a century.", "The boundary"),
  NO_SRC ("land-disputes-on-island", "Land disputes on the island have killed upwards of 100 farmers since 2016.", "Land"),
  SRC ("residents-dispute-account", "Residents dispute the army's account.", "Residents", DIPTYCH_SOURCE_WITNESS),
  SRC ("by-acronym-and-acronyms-matrix", "According to a rapid assessment by SEMA and IOM's Displacement Tracking Matrix (DTM), an estimated 9,700 people have arrived.", "IOM's Displacement Tracking Matrix (DTM)", DIPTYCH_SOURCE_NGO),
  SRC ("and-matrix-on-dates", "According to an assessment by local authorities and IOM's Displacement Tracking Matrix (DTM) on 12 and 13 July, an estimated 8,700 people have fled.", "IOM's Displacement Tracking Matrix (DTM)", DIPTYCH_SOURCE_NGO),
  SRC ("name-with-and-possessive-one-body", "The office of Jammu and Kashmir's lieutenant governor said the families would be paid.", "The office of Jammu and Kashmir's lieutenant governor", DIPTYCH_SOURCE_OFFICIAL),
  FIG ("members-of-rebel-army-name", "Five members of the New People's Army (NPA) were killed while two soldiers were wounded.", "Five members of the New People's Army (NPA) were killed", K, 5, 5, 5, EXACT, FIGHTERS),
  FIG ("part-is-a-boy", "Police hold 4 people. 3 of the detainees are women and 1 is a 16-year-old boy.", "1 is a 16-year-old boy", D, 1, 1, 1, EXACT, CHILDREN),
  QUIET_ ("time-with-colon-minutes", "The patrol came under fire at about 17:30 while searching for suspects.", "30 while"),
  QUIET_ ("ages-after-kin-count", "\u201cThey took my two sons, 17 and 19, and my husband,\u201d she said.", "17"),
  FIG ("ages-after-kin-count-figure", "\u201cThey took my two sons, 17 and 19, and my husband,\u201d she said.", "took my two sons", D, 2, 2, 2, EXACT, MEN),
  FIG ("a-number-of-the-terrorists-killed", "A number of the terrorists were killed.", "A number of the terrorists were killed", K, N, 2, N, VAGUE, FIGHTERS),
  QUIET_ ("a-handful-of-the-terrorists-fled", "A handful of the terrorists fled back across the border.", "A handful"),
  QUIET_ ("youngest-was-only-age", "\u201cThe three who were killed tried to run. The youngest of them was only 19.\u201d", "19"),
  QUIET_ ("and-that-officers-deployed", "The PNC reported that 11 people were arrested on 13 May and that some 400 police officers and soldiers have been deployed to the area.", "400 police officers"),
  FIG ("members-of-infantry-division", "The attack cost the martyrdom of 2 heroes and the wounding of 5 members of the 4th Infantry Division.", "the wounding of 5 members of the 4th Infantry Division", I, 5, 5, 5, EXACT, SOLDIERS),
  FIG ("members-of-special-units", "During the clashes, 2 members of FARAJA special units attained martyrdom and 5 were wounded.", "2 members of FARAJA special units attained martyrdom", K, 2, 2, 2, EXACT, SOLDIERS),
  FIG ("leaders-of-the-gangs", "Among the 14 dead were 2 prominent leaders of the gangs.", "2 prominent leaders of the gangs", K, 2, 2, 2, EXACT, FIGHTERS),
  FIG ("among-fighters-were-leaders", "Among the 38 terrorists neutralised were 4 leaders, including a bomb maker.", "4 leaders", K, 4, 4, 4, EXACT, FIGHTERS),
  FIG ("to-release-our-volunteers", "We call on the authorities to release our two volunteers and drop the charges against them.", "two volunteers", D, 2, 2, 2, EXACT, OTHER),
  FIG ("to-release-the-men", "It urged the militia to release the 14 men.", "14 men", D, 14, 14, 14, EXACT, MEN),
  FIG ("to-release-women-still-missing", "It urged the militia to release the seven women still missing.", "seven women still missing", M, 7, 7, 7, EXACT, WOMEN),
  FIG ("treated-for-cuts", "Scores of people were treated for cuts from flying glass.", "Scores of people were treated for", I, N, 20, N, VAGUE, PEOPLE),
  FIG ("took-two-as-prisoners", "\"We killed 15 of them and took two as prisoners,\" he said.", "two as prisoners", D, 2, 2, 2, EXACT, PEOPLE),
  SRC ("video-in-which-masked-men-said", "The gang posted a video in which masked men said they had executed 10 police officers.", "masked men", DIPTYCH_SOURCE_OTHER),
  SRC ("villagers-tell-me-aside", "They came at night, the villagers tell me, perhaps 20 of them, in two pick-up trucks.", "the villagers", DIPTYCH_SOURCE_WITNESS),
  NO_SRC ("families-tell-us-in-quote", "\"Families tell us they have heard nothing from their relatives,\" she said.", "Families"),
  FIG ("registered-families-dash-people-in-shelters", "The Secretariat has registered 596 families – 2,087 people – in 3 temporary shelters and with host families.", "2,087 people", X, 2087, 2087, 2087, EXACT, PEOPLE),
  FIG ("registered-families-or-people-in-centers", "The office had registered 512 families, or 2,146 people, in six evacuation centers in Tineg.", "512 families", X, 512, 512, 512, EXACT, PEOPLE),
  FIG ("households-dash-people-left-place", "According to the council, more than 600 households — nearly 3,000 people — left Boudouri for the displacement sites.", "nearly 3,000 people", X, 3000, N, 3000, AT_MOST, PEOPLE),
  QUIET_ ("registered-voters-in-polling-centres", "The commission has registered 3,000 voters in 12 polling centres.", "3,000 voters"),
  QUIET_ ("of-them-were-under-age", "Gunmen took 14 young men last week; 8 of them were under 18.", "under 18"),
  FIG ("its-reservists-wounded", "The National Police Service reports that 3 of its reservists were wounded repelling raiders.", "3 of its reservists were wounded", I, 3, 3, 3, EXACT, SOLDIERS),
  FIG ("passers-by-injured", "The Observatory said two passers-by had been injured.", "two passers-by had been injured", I, 2, 2, 2, EXACT, CIVILIANS),
  SRC ("directorate-and-initials-own-matrix", "According to a rapid assessment by the Regional Directorate of Social Action and IOM\u2019s Displacement Tracking Matrix (DTM), an estimated 7,800 people have fled.", "IOM\u2019s Displacement Tracking Matrix (DTM)", DIPTYCH_SOURCE_NGO),
  NO_SRC ("land-disputes-and-clashes", "Land disputes and sectarian clashes between Shia and Sunni tribes have killed hundreds.", "Land"),
  SRC ("army-disputes-and-rejects", "The army disputes and rejects the figure.", "The army", DIPTYCH_SOURCE_MILITARY),
  FIG ("of-the-dead-bystanders-hit-by-bullets", "Of the dead, four were bystanders hit by stray bullets.", "Of the dead, four were bystanders hit by stray bullets", K, 4, 4, 4, EXACT, CIVILIANS),
  FIG ("body-of-one-of-the-abducted", "Community leaders said the body of one of the abducted men was found in an orchard.", "one of the abducted men", K, 1, 1, 1, EXACT, MEN),
  QUIET_ ("cholera-cases-among-displaced", "Health authorities have recorded 126 suspected cholera cases among displaced people since 10 March.", "126"),
  QUIET_ ("measles-cases-among-arrivals", "MSF reports 3 confirmed measles cases among new arrivals.", "3 confirmed"),
};

static const DiptychSuggestion *
find (GPtrArray             *suggestions,
      DiptychAnnotationKind  kind,
      const char            *words,
      gboolean               exact)
{
  for (guint i = 0; i < suggestions->len; i++)
    {
      const DiptychSuggestion *s = g_ptr_array_index (suggestions, i);

      if (s->kind == kind && (exact ? g_str_equal (s->text, words) : strstr (s->text, words) != NULL))
        return s;
    }
  return NULL;
}

static const DiptychSuggestion *
find_id (GPtrArray  *suggestions,
         const char *id)
{
  for (guint i = 0; id != NULL && i < suggestions->len; i++)
    {
      const DiptychSuggestion *s = g_ptr_array_index (suggestions, i);

      if (g_str_equal (s->id, id))
        return s;
    }
  return NULL;
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(DiptychText) text = diptych_text_new_from_string (c->text, "case.txt");
  g_autoptr(GPtrArray) suggestions = diptych_detect_suggestions (text, NULL);
  const DiptychSuggestion *s = NULL;

  for (guint i = 0; i < suggestions->len; i++)
    {
      const DiptychSuggestion *any = g_ptr_array_index (suggestions, i);
      g_autofree char *range = diptych_text_dup_range (text, any->start, any->end);

      g_assert_cmpstr (range, ==, any->text);
      g_test_message ("%s %s “%s”", any->id, diptych_annotation_kind_to_string (any->kind), any->text);
    }

  switch (c->expect)
    {
    case FIGURE:
      s = find (suggestions, DIPTYCH_ANNOTATION_CASUALTY, c->words, FALSE);
      g_assert_nonnull (s);
      g_assert_cmpstr (diptych_outcome_to_string (s->casualty.outcome), ==, diptych_outcome_to_string (c->outcome));
      g_assert_cmpint (s->casualty.value, ==, c->value);
      g_assert_cmpint (s->casualty.low, ==, c->low);
      g_assert_cmpint (s->casualty.high, ==, c->high);
      g_assert_cmpstr (diptych_qualifier_to_string (s->casualty.qualifier), ==,
                       diptych_qualifier_to_string (c->qualifier));
      g_assert_cmpstr (diptych_group_to_string (s->casualty.group), ==, diptych_group_to_string (c->group));
      break;
    case QUIET:
      g_assert_null (find (suggestions, DIPTYCH_ANNOTATION_CASUALTY, c->words, FALSE));
      break;
    case SOURCE:
      s = find (suggestions, DIPTYCH_ANNOTATION_SOURCE, c->words, TRUE);
      g_assert_nonnull (s);
      g_assert_cmpstr (diptych_source_type_to_string (s->source.type), ==, diptych_source_type_to_string (c->type));
      break;
    case NO_SOURCE:
      g_assert_null (find (suggestions, DIPTYCH_ANNOTATION_SOURCE, c->words, FALSE));
      break;
    case CLAIM:
      s = find (suggestions, DIPTYCH_ANNOTATION_CLAIM, c->words, FALSE);
      g_assert_nonnull (s);
      g_assert_nonnull (find_id (suggestions, s->claim.speaker));
      g_assert_cmpstr (find_id (suggestions, s->claim.speaker)->text, ==, c->speaker);
      break;
    case NO_CLAIM:
      g_assert_null (find (suggestions, DIPTYCH_ANNOTATION_CLAIM, c->words, FALSE));
      break;
    case SAID_BY:
      s = find (suggestions, DIPTYCH_ANNOTATION_CASUALTY, c->words, FALSE);
      g_assert_nonnull (s);
      if (c->speaker == NULL)
        {
          g_assert_null (s->casualty.source);
          break;
        }
      g_assert_nonnull (find_id (suggestions, s->casualty.source));
      g_assert_cmpstr (find_id (suggestions, s->casualty.source)->text, ==, c->speaker);
      break;
    case PART:
      s = find (suggestions, DIPTYCH_ANNOTATION_CASUALTY, c->words, FALSE);
      g_assert_nonnull (s);
      g_assert_nonnull (find_id (suggestions, s->casualty.subset_of));
      g_assert_cmpstr (find_id (suggestions, s->casualty.subset_of)->text, ==, c->speaker);
      break;
    case WHOLE:
      s = find (suggestions, DIPTYCH_ANNOTATION_CASUALTY, c->words, FALSE);
      g_assert_nonnull (s);
      g_assert_null (s->casualty.subset_of);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* A figure names the source it is attributed to, and ids are s1, s2, … */
static void
test_links (void)
{
  g_autoptr(DiptychText) text = diptych_text_new_from_string (
    "The strike killed 12 people, the health ministry said.", "links.txt");
  g_autoptr(GPtrArray) suggestions = diptych_detect_suggestions (text, NULL);
  const DiptychSuggestion *figure = find (suggestions, DIPTYCH_ANNOTATION_CASUALTY, "12", FALSE);

  g_assert_nonnull (figure);
  g_assert_cmpstr (find_id (suggestions, figure->casualty.source)->text, ==, "the health ministry");
  for (guint i = 0; i < suggestions->len; i++)
    {
      g_autofree char *id = g_strdup_printf ("s%u", i + 1);

      g_assert_cmpstr (((DiptychSuggestion *)g_ptr_array_index (suggestions, i))->id, ==, id);
    }
}

/* Code points, not bytes, with curly quotes and accents before the figure. */
static void
test_offsets (void)
{
  g_autoptr(DiptychText) text = diptych_text_new_from_string (
    "“Café” — Rescuers recovered 19 bodies, officials said.", "offsets.txt");
  g_autoptr(GPtrArray) suggestions = diptych_detect_suggestions (text, NULL);
  const DiptychSuggestion *figure = find (suggestions, DIPTYCH_ANNOTATION_CASUALTY, "19", FALSE);

  g_assert_nonnull (figure);
  g_assert_cmpstr (figure->text, ==, "19 bodies");
  g_assert_cmpuint (figure->start, ==, 28);
  g_assert_cmpuint (figure->end, ==, 37);
}

static void
detected_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  GPtrArray **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = diptych_detect_suggestions_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_async (void)
{
  g_autoptr(DiptychText) text = diptych_text_new_from_string ("Gunmen killed 9 villagers.", "async.txt");
  g_autoptr(GPtrArray) suggestions = NULL;

  diptych_detect_suggestions_async (text, NULL, detected_cb, &suggestions);
  while (suggestions == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (find (suggestions, DIPTYCH_ANNOTATION_CASUALTY, "9 villagers", FALSE));
}

/* The detectors' lexer gives the tokenizer's tokens and keys, ASCII or not. */
static const char * const lexer_texts[] = {
  "The blast killed 12 people, the ministry said.",
  "1,240 villagers; 3.5 million; 20-25 and 20--25 and 1,2,3 and 1.2.3 and 1,,2 and 1. 2",
  "well-known rock'n'roll o'clock don't -x x- -- --- ... .. .... ....x a.m. U.N. `quoted'",
  "\u201cCaf\u00e9\u201d \u2014 Rescuers recovered 19 bodies, officials\u2019 count said.",
  "word\u2019s x\u2013y 10\u201315 --\u2014 a\u00a0b \u2026 ..\u2026 \u6771\u4eac\u90fd 12\u4eba",
  "tabs\there\r\nand\vform\ffeeds\n\n  end.",
  "\x01\x1f ~!@#$%^&*()_+={}[]|\\:;\"<>?/ x",
  "rock\u2019n\u2019roll \u2019tis dogs\u2019 1990\u2019s don\u2019t\u2014stop \u201cQuote\u201d\u2026 a\u2013b x-\u2013-y 1\u20132 "
  "\u2018single\u2019 it\u2019\u2019s it\u2019\u00e9 \u2014\u2012 l\u2019a\u00e9",
  "supercalifragilisticexpialidocious\u2019supercalifragilisticexpialidocious\u2019s end",
  "trailing-",
  "e",
  "",
  /* Words and numbers about sixteen bytes long, read sixteen bytes at a
   * time, and joiners on either side of the sixteenth byte.
   */
  "abcdefghijklmno abcdefghijklmnop abcdefghijklmnopq abcdefghijklmnopr abcdefghijklmnop "
  "abcdefghijklmnopq ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 abcdefghijklmnopq abcdefghijklmnoq "
  "abcdefghijklmnpp abcdefghijklmno1 abcdefghi x",
  "123456789012345 1234567890123456 12345678901234567 123456789012345,678 "
  "1234567890123456.78 12345678901234a 1,234,567,890,123,456.75 123456789012345a.5 x",
  "well-knownness-of-things rock'n'rolling-stones-gathering o\u2019clock\u2019s-worth-of-time x",
  "a1,2 1a,2 2,b 1990's 90\u2019s 1-2 3'4 1.a a.1 @a[b]c{d}e`f x",
  "word,\u00e9 word.\u201cquote 12,\u00e9 x-\u00e9 don\u2019\u00e9 Zeit\u00b7punkt abc\u00e9def x",
  /* Joiners before typographic marks, which are neither letters nor digits. */
  "said.\u201d said,\u201d 12.\u2019 12,\u2014 rock'\u201d x-\u2013y x-\u2014 don\u2019\u201d "
  "don\u2019\u2019t 1\u2019\u2026 a.\u2026 a'\u2018b officials\u2019\u201d \u201cend.\u201d\n",
  /* Line breaks before stretches given back to the tokenizer, and after
   * the last token.
   */
  "line\nx,y\u00e9 z\r\n(a)b\u00e9 \n\u00a0\nend \u00e9\n\n",
};

static void
check_lexer (const char *contents)
{
  g_autoptr(DiptychKeyTable) table = diptych_key_table_new ();
  g_autoptr(GArray) expected = diptych_tokenize (contents, strlen (contents), table);
  DetectContext ctx = { 0 };

  ctx.contents = contents;
  ctx.n_bytes = ctx.byte_end = strlen (contents);
  ctx.key_pool = g_string_new (NULL);
  ctx.keys = g_array_new (FALSE, TRUE, sizeof (DetectKey));
  ctx.tokens = g_array_new (FALSE, FALSE, sizeof (DetectToken));
  ctx.breaks = g_array_new (FALSE, TRUE, sizeof (guint32));
  _diptych_detect_lex (&ctx);

  g_assert_cmpuint (ctx.tokens->len, ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    {
      const DiptychToken *want = &g_array_index (expected, DiptychToken, i);
      const DetectToken *got = &g_array_index (ctx.tokens, DetectToken, i);
      gboolean line = FALSE;

      for (guint32 b = i > 0 ? g_array_index (expected, DiptychToken, i - 1).byte_end : 0;
           b < want->byte_start; b++)
        line |= contents[b] == '\n' || contents[b] == '\r';
      g_assert_cmpuint (got->byte_start, ==, want->byte_start);
      g_assert_cmpuint (got->byte_end, ==, want->byte_end);
      g_assert_cmpuint (g_array_index (ctx.keys, DetectKey, got->key).kind, ==,
                        diptych_key_table_get_kind (table, want->key));
      g_assert_cmpuint (detect_line_before (&ctx, i), ==, line);
      g_assert_cmpstr (g_array_index (ctx.keys, DetectKey, got->key).folded, ==,
                       diptych_key_table_lookup (table, want->key));
    }

  g_array_unref (ctx.tokens);
  g_array_unref (ctx.breaks);
  g_array_unref (ctx.keys);
  g_string_free (ctx.key_pool, TRUE);
}

static void
test_lexer (void)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GString) many = g_string_new (NULL);
  const char *name;

  for (guint i = 0; i < G_N_ELEMENTS (lexer_texts); i++)
    check_lexer (lexer_texts[i]);

  /* Thousands of keys, short and long, twice: the table of keys grows. */
  for (guint round = 0; round < 2; round++)
    for (guint i = 0; i < 3000; i++)
      g_string_append_printf (many, "w%u lexicographic%u counterinsurgency%u, ", i, i, i);
  check_lexer (many->str);

  dir = g_dir_open (TEST_DATA_DIR "/labels-dev", 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (TEST_DATA_DIR, "labels-dev", name, NULL);
      g_autofree char *contents = NULL;

      if (!g_str_has_suffix (name, ".txt"))
        continue;
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      check_lexer (contents);
    }
}

static void
assert_same_suggestions (GPtrArray *expected,
                         GPtrArray *got)
{
  g_assert_cmpuint (got->len, ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    {
      const DiptychSuggestion *want = g_ptr_array_index (expected, i);
      const DiptychSuggestion *s = g_ptr_array_index (got, i);

      g_assert_cmpstr (s->id, ==, want->id);
      g_assert_cmpint (s->kind, ==, want->kind);
      g_assert_cmpuint (s->start, ==, want->start);
      g_assert_cmpuint (s->end, ==, want->end);
      g_assert_cmpstr (s->text, ==, want->text);
      g_assert_cmpint (s->casualty.outcome, ==, want->casualty.outcome);
      g_assert_cmpint (s->casualty.value, ==, want->casualty.value);
      g_assert_cmpint (s->casualty.low, ==, want->casualty.low);
      g_assert_cmpint (s->casualty.high, ==, want->casualty.high);
      g_assert_cmpint (s->casualty.qualifier, ==, want->casualty.qualifier);
      g_assert_cmpint (s->casualty.group, ==, want->casualty.group);
      g_assert_cmpstr (s->casualty.subset_of, ==, want->casualty.subset_of);
      g_assert_cmpstr (s->casualty.source, ==, want->casualty.source);
      g_assert_cmpstr (s->source.name, ==, want->source.name);
      g_assert_cmpint (s->source.type, ==, want->source.type);
      g_assert_cmpstr (s->claim.speaker, ==, want->claim.speaker);
    }
}

/* @text with its lines wrapped at @width columns (bytes): a space at
 * the width or after it becomes a line break, so offsets stay the same.
 */
static char *
wrap_lines (const char *text,
            guint       width)
{
  char *wrapped = g_strdup (text);
  guint column = 0;

  for (char *p = wrapped; *p != '\0'; p++)
    {
      if (*p == '\n')
        column = 0;
      else if (*p == ' ' && column >= width)
        {
          *p = '\n';
          column = 0;
        }
      else
        column++;
    }
  return wrapped;
}

static GPtrArray *
suggest_flat (const char *contents)
{
  g_autoptr(DiptychText) text = diptych_text_new_from_string (contents, "wrapped.txt");
  GPtrArray *suggestions = diptych_detect_suggestions (text, NULL);

  for (guint i = 0; i < suggestions->len; i++)
    {
      DiptychSuggestion *s = g_ptr_array_index (suggestions, i);

      g_strdelimit (s->text, "\n", ' ');
      if (s->source.name != NULL)
        g_strdelimit (s->source.name, "\n", ' ');
    }
  return suggestions;
}

/* Text wrapped at a width, as mail, wire copy and PDF text are, is told
 * from one paragraph a line; then its line breaks end no sentence.
 */
static void
test_wrapped_lines (void)
{
  static const struct
  {
    const char *text;
    gboolean    wrapped;
  } layouts[] = {
    { "Shelling killed 12 people in the\ncity on Monday, officials said, and\nwounded 40 others, "
      "as troops\nadvanced.\n\nResidents said the\nstrikes went on all night.\n", TRUE },
    /* One paragraph a line, with or without blank lines between */
    { "Shelling killed 12 people, officials said.\n\nResidents fled.\n", FALSE },
    { "Shelling killed 12 people, officials said.\nResidents fled.\n“We ran,” one said.\n", FALSE },
    /* A heading, a byline and a dateline do not run on into a sentence */
    { "Shelling kills 12 in city\nBy Ana Ruiz\nMonday 3 June\nShelling killed 12 people, officials "
      "said.\nResidents fled.\nTroops advanced.\nThe army said it hit rebel positions.\n"
      "Aid groups called for a truce.\nSchools closed.\n", FALSE },
    /* CRLF line ends */
    { "Shelling killed 12 people in the\r\ncity on Monday, officials said, and\r\nwounded 40 "
      "others, as troops\r\nadvanced.\r\n\r\nResidents said the\r\nstrikes went on.\r\n", TRUE },
  };
  g_autoptr(GDir) dir = g_dir_open (TEST_DATA_DIR "/labels-dev", 0, NULL);
  const char *name;

  for (guint i = 0; i < G_N_ELEMENTS (layouts); i++)
    g_assert_cmpint (_diptych_detect_lines_wrapped (layouts[i].text, strlen (layouts[i].text)), ==,
                     layouts[i].wrapped);

  /* Each dev article finds the same wrapped at any width as not. */
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (TEST_DATA_DIR, "labels-dev", name, NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GPtrArray) expected = NULL;

      if (!g_str_has_suffix (name, ".txt"))
        continue;
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_false (_diptych_detect_lines_wrapped (contents, strlen (contents)));
      expected = suggest_flat (contents);
      g_assert_cmpuint (expected->len, >, 10);
      for (guint width = 40; width <= 80; width += 20)
        {
          g_autofree char *wrapped = wrap_lines (contents, width);
          g_autoptr(GPtrArray) got = NULL;

          g_assert_true (_diptych_detect_lines_wrapped (wrapped, strlen (wrapped)));
          got = suggest_flat (wrapped);
          assert_same_suggestions (expected, got);
        }
    }
}

/* A quote that runs over paragraphs opens each again: a claim is the
 * quote of its speaker's paragraph, not all from the first quote mark.
 */
static void
test_quote_in_paragraph (void)
{
  g_autoptr(DiptychText) text = diptych_text_new_from_string (
    "\"We recovered the bodies of 11 people,\n\n\"and we are still searching under the rubble,\" "
    "Shurrab said.\n", "quote.txt");
  g_autoptr(GPtrArray) suggestions = diptych_detect_suggestions (text, NULL);
  const DiptychSuggestion *claim = find (suggestions, DIPTYCH_ANNOTATION_CLAIM, "still searching", FALSE);

  g_assert_nonnull (claim);
  g_assert_null (strchr (claim->text, '\n'));
  g_assert_cmpstr (find_id (suggestions, claim->claim.speaker)->text, ==, "Shurrab");
}

/* An article read in parts at once gives what it gives read whole: the
 * dev articles' paragraphs shuffled, so that parts start anywhere, after
 * figures their first figures break down and after sources their first
 * sources are named by.
 */
static void
test_parts (void)
{
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261129);
  g_autoptr(GDir) dir = g_dir_open (TEST_DATA_DIR "/labels-dev", 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (TEST_DATA_DIR, "labels-dev", name, NULL);
      g_autofree char *contents = NULL;
      g_auto(GStrv) split = NULL;

      if (!g_str_has_suffix (name, ".txt"))
        continue;
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      split = g_strsplit (contents, "\n", -1);
      for (guint i = 0; split[i] != NULL; i++)
        g_ptr_array_add (paragraphs, g_strdup (split[i]));
    }

  for (guint round = 0; round < 12; round++)
    {
      g_autoptr(GString) article = g_string_new (NULL);
      g_autoptr(DiptychText) text = NULL;
      g_autoptr(GPtrArray) whole = NULL;

      for (guint i = paragraphs->len; i > 1; i--)
        {
          guint j = g_rand_int_range (rand, 0, i);
          gpointer swap = paragraphs->pdata[i - 1];

          paragraphs->pdata[i - 1] = paragraphs->pdata[j];
          paragraphs->pdata[j] = swap;
        }
      for (guint i = 0; i < paragraphs->len; i++)
        g_string_append_printf (article, "%s\n", (char *)g_ptr_array_index (paragraphs, i));
      /* Every other round with its lines wrapped: parts end at blank lines */
      if (round % 2 == 1)
        {
          g_autofree char *wrapped = wrap_lines (article->str, 64);

          g_string_assign (article, wrapped);
          g_assert_true (_diptych_detect_lines_wrapped (article->str, article->len));
        }
      text = diptych_text_new_from_string (article->str, "parts.txt");

      _diptych_detect_set_parts (1, 1);
      whole = diptych_detect_suggestions (text, NULL);
      g_assert_cmpuint (whole->len, >, 100);
      for (guint n_parts = 2; n_parts <= 8; n_parts += 3)
        {
          g_autoptr(GPtrArray) parts = NULL;

          _diptych_detect_set_parts (n_parts, 1);
          parts = diptych_detect_suggestions (text, NULL);
          assert_same_suggestions (whole, parts);
        }
    }
  _diptych_detect_set_parts (0, 0);
}

/* Reads @article whole and in up to @max_parts parts of at least
 * @min_bytes, and checks both find the same suggestions.
 */
static void
assert_parts_read_alike (const char *article,
                         guint       max_parts,
                         gsize       min_bytes)
{
  g_autoptr(DiptychText) text = diptych_text_new_from_string (article, "parts.txt");
  g_autoptr(GPtrArray) whole = NULL;
  g_autoptr(GPtrArray) parts = NULL;

  _diptych_detect_set_parts (1, 1);
  whole = diptych_detect_suggestions (text, NULL);
  _diptych_detect_set_parts (max_parts, min_bytes);
  parts = diptych_detect_suggestions (text, NULL);
  _diptych_detect_set_parts (0, 0);
  assert_same_suggestions (whole, parts);
}

/* A toll put anew takes the outcome of a figure before it in its own
 * sentence, and so of its own part: not of the last figure of the parts
 * before, whose tokens are counted from another start (fuzz-detect found
 * it; its input is in the seed corpus).
 */
static void
test_parts_toll_put_anew (void)
{
  const char *article =
    "Two car bombs killed 12 people in the market, officials said.\n"
    "The monitor put the number of dea$ at 41 and said they included six fighters.\n";

  assert_parts_read_alike (article, 2, 1);
}

/* A dash at the end of one line opens no aside on the next, which may
 * be read in another part: found by fuzz-detect.
 */
static void
test_parts_dash_on_the_line_before (void)
{
  const char *article =
    "rike on a school shelter strike on a wee lsix------------------------------\n"
    "\n"
    "He said 22fo  the victims were wo\001Fmen and at least six------------sheltering displaced fam\n"
    "hA single strike on a s";

  assert_parts_read_alike (article, 3, 64);
}

/* A list's lines count parts of the figure the line before them ends
 * with, whichever part of the article each is read in.
 */
static void
test_parts_list_lines (void)
{
  const char *article =
    "According to the DTM, 14,300 people (about 2,860 households) have arrived in the following locations:\n"
    "\n"
    "Ed Dueim town: 8,100 people, most of them sheltering in 14 schools.\n"
    "\n"
    "Kosti: 3,900 people, including 1,700 children.\n"
    "\n"
    "Um Rimta: some 2,300 people, staying with host families.\n";

  const char *under_heading =
    "Fighting has displaced some 1,900 people since Sunday.\n"
    "\n"
    "DISPLACEMENT BY SITE\n"
    "\n"
    "\u2022 Cumbitara town (municipal seat): 1,120 people (352 families)\n"
    "\n"
    "\u2022 Sidon: 480 people (150 families)\n";
  const char *after_colon_sentence =
    "An estimated 11,800 people, or approximately 1,950 households, have left Rollo commune. Figures by site:\n"
    "\n"
    "Kongoussi: 6,400 people, including 3,900 children\n"
    "\n"
    "Sabc\u00e9: 2,700 people\n";
  const char *list_line_with_outcome =
    "An estimated 6,800 people have been displaced.\n"
    "\n"
    "Displaced people by site, according to SEMA (20 August):\n"
    "\n"
    "Bimasa: 2,100 people sheltering in a mosque compound\n"
    "\n"
    "Lofa: approximately 800 people\n";
  const char *list_two_sentences_on =
    "Some 11,400 people have fled Elbarde town since 6 September. Women and children make up 78 per cent "
    "of the displaced. They are concentrated in:\n"
    "\n"
    "Buulo Jadiid site, on the northern edge of Elbarde town: 4,600 people\n"
    "\n"
    "Dhuusa Ley site, 8 km west of the town: 3,900 people\n";
  const char *list_after_displaced =
    "Some 5,900 people have fled since Sunday.\n"
    "\n"
    "As of 17 September the displaced population is distributed as follows:\n"
    "\n"
    "\u2022 Bocas de Satinga: 3,410 people, mostly in the coliseum.\n"
    "\n"
    "\u2022 Mosquera: approximately 900 people, mostly with relatives.\n";
  const char *sites_after_heading =
    "An estimated 9,800 people have fled since Sunday.\n"
    "\n"
    "DISPLACEMENT\n"
    "\n"
    "Site-level figures show the following: Baragoi school, about 3,100 people; Tuum, 900.\n";

  const char *site_list_under_heading =
    "An estimated 8,600 people have been displaced.\n"
    "\n"
    "DISPLACEMENT BY SITE\n"
    "\n"
    "Site figures show approximately 2,100 people at Kaimugul Primary School, 1,450 at Chepyuk Secondary School "
    "and 900 at Sasur Catholic Church.\n";

  const char *credit_after_heading =
    "An estimated 4,200 residents have fled border villages.\n"
    "\n"
    "DISPLACEMENT BY SITE\n"
    "\n"
    "Figures from the Governorate and IRCS, as of 24 May:\n"
    "\n"
    "\u2022 Zabol city (mosques and schools): approximately 2,300 people\n"
    "\n"
    "\u2022 Hirmand county, two camps near Dust Mohammad: 700\u2013800 people\n";

  const char *shelter_by_site =
    "Some 380 residents have been displaced.\n"
    "\n"
    "SHELTER BY SITE\n"
    "\n"
    "\u2022 Sports hall, Rotterdam-IJsselmonde: 140 people\n"
    "\n"
    "\u2022 COA location, Dordrecht: 110 people\n";

  for (gsize min_bytes = 1; min_bytes < 200; min_bytes += 7)
    {
      assert_parts_read_alike (article, 4, min_bytes);
      assert_parts_read_alike (shelter_by_site, 4, min_bytes);
      assert_parts_read_alike (credit_after_heading, 4, min_bytes);
      assert_parts_read_alike (under_heading, 4, min_bytes);
      assert_parts_read_alike (after_colon_sentence, 4, min_bytes);
      assert_parts_read_alike (sites_after_heading, 4, min_bytes);
      assert_parts_read_alike (site_list_under_heading, 4, min_bytes);
      assert_parts_read_alike (list_after_displaced, 4, min_bytes);
      assert_parts_read_alike (list_two_sentences_on, 4, min_bytes);
      assert_parts_read_alike (list_line_with_outcome, 4, min_bytes);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/diptych/detect/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/diptych/detect/lexer", test_lexer);
  g_test_add_func ("/diptych/detect/links", test_links);
  g_test_add_func ("/diptych/detect/offsets", test_offsets);
  g_test_add_func ("/diptych/detect/async", test_async);
  g_test_add_func ("/diptych/detect/parts", test_parts);
  g_test_add_func ("/diptych/detect/parts-toll-put-anew", test_parts_toll_put_anew);
  g_test_add_func ("/diptych/detect/parts-dash-on-the-line-before", test_parts_dash_on_the_line_before);
  g_test_add_func ("/diptych/detect/parts-list-lines", test_parts_list_lines);
  g_test_add_func ("/diptych/detect/wrapped-lines", test_wrapped_lines);
  g_test_add_func ("/diptych/detect/quote-in-paragraph", test_quote_in_paragraph);

  return g_test_run ();
}
