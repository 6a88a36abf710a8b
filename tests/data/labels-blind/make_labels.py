#!/usr/bin/env python3
"""Hand labels of the articles in this folder: casualty figures, cited sources, and the numbers in the
text that are NOT casualty figures. Writes labels.json next to this file; the checks are those of
../label_checks.py.

    python3 make_labels.py            # check every label, then write labels.json
    python3 make_labels.py --show     # also print every label with its context, for review
    python3 make_labels.py --stats    # also print phrasing-category counts (add --json for JSON)
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from label_checks import C, S, N, main  # noqa: E402

A = {}
# Wording variants specific to this folder, counted by --stats in addition to the common ones.
STATS_EXTRA_OUTCOME_WORDS = []
STATS_EXTRA_GROUP_NOUNS = []

# ---------------------------------------------------------------- labels (blind set: y01-y06)

STATS_EXTRA_OUTCOME_WORDS += [
    ('left homeless', r'\bleft homeless\b'), ('claimed lives', r'\bclaimed\b.*\blives\b'),
    ('taken hostage', r'\btaken hostage\b'), ('treated for injuries', r'\btreated\b'),
    ('hospitalised/beaten', r'\bhospitalised\b|\bbeaten\b'), ('abandoned their homes', r'\babandoned their homes\b'),
]
STATS_EXTRA_GROUP_NOUNS += [('inmates/prisoners/passengers/protesters/guards/employees',
                             r'\b(?:inmates|prisoners|passengers|protesters|guards|employees)\b')]

A['y01.txt'] = dict(
    casualty=[
        C('killing at least 73 people', 'killed', 73, 'at-least', 'people', id='tot'),
        C('More than 400 people were injured', 'injured', 400, 'at-least', 'people', id='inj'),
        C('38', 'injured', 38, 'exact', 'people', sub='inj'),
        C('upwards of 12,000 people had been left homeless', 'displaced', 12000, 'at-least', 'people'),
        C('the official toll had climbed to 96', 'killed', 96, 'exact', 'people', id='upd', tags='update'),
        C('Among the dead were 29 children', 'killed', 29, 'exact', 'children', sub='upd'),
        C('Fifty-two people are dead', 'killed', 52, 'exact', 'people'),
        C('between 150 and 200 injured', 'injured', None, 'range', 'people', low=150, high=200, id='hosp'),
        C('11 had died', 'killed', 11, 'exact', 'people', sub='hosp'),
        C('some 40 people', 'missing', 40, 'approx', 'people'),
        C('killing more than 26,000 people', 'killed', 26000, 'at-least', 'people'),
    ],
    sources=[
        S('state media', 'media'),
        S('the U.S. Geological Survey', 'ngo'),
        S("Iran's Red Crescent Society", 'ngo'),
        S('Interior Minister Ahmad Vahidi', 'official', form='title-name'),
        S('the semi-official Tasnim news agency', 'media'),
        S('the provincial crisis management headquarters', 'official'),
        S('the agency', 'media'),
        S('Reza Bahrami', 'witness', form='name'),
        S('Hossein Kermani', 'official', form='name'),
        S("An official at the provincial governor's office", 'anonymous'),
        S('The Red Crescent', 'ngo'),
    ],
    numbers=[
        N('6.4', 'quantity'),
        N('4:17 a.m.', 'time'),
        N('10 km', 'distance'),
        N('6 miles', 'distance'),
        N('45 km', 'distance'),
        N('61', 'count-objects'),
        N('74 affected villages', 'count-objects'),
        N('41-year-old', 'age'),
        N('six hours', 'duration'),
        N('two or three villages', 'count-objects'),
        N('1,800 rescuers', 'count-people'),
        N('95 sniffer dogs', 'count-objects'),
        N('12 helicopters', 'count-objects'),
        N('about 3,000 families', 'count-people'),
        N('several major fault lines', 'count-objects'),
        N('2003', 'year'),
        N('5 trillion rials', 'money'),
        N('$8 million', 'money'),
    ])

A['y02.txt'] = dict(
    casualty=[
        C('pulled 34 bodies', 'killed', 34, 'exact', 'people', id='tot'),
        C('dozens of passengers still missing', 'missing', None, 'vague', 'people'),
        C('Of the dead, 11 were women', 'killed', 11, 'exact', 'women', sub='tot'),
        C('nine were children', 'killed', 9, 'exact', 'children', sub='tot'),
        C('the number of missing at “between 60 and 70', 'missing', None, 'range', 'people', low=60, high=70),
        C('the toll rose to 41', 'killed', 41, 'exact', 'people', tags='update'),
        C('seven more bodies', 'killed', 7, 'exact', 'people'),
        C('About 20 passengers', 'injured', 20, 'approx', 'people', id='inj'),
        C('four', 'injured', 4, 'exact', 'people', sub='inj'),
        C('two crew members', 'detained', 2, 'exact', 'other'),
        C('more than 2,800 people have died', 'killed', 2800, 'at-least', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('Mizanur Rahman', 'official', form='name'),
        S('Rahman', 'official', nth=1, form='name'),
        S('District Commissioner Kamrul Hasan', 'official', form='title-name'),
        S('the Fire Service and Civil Defence', 'official'),
        S('Nasima Begum', 'witness', form='name'),
        S('the superintendent, Dr. Abul Kalam Azad', 'official', form='title-name'),
        S('Police', 'official'),
        S('a police official', 'anonymous'),
        S('The Bangladesh Passengers Welfare Association', 'ngo'),
        S('Its secretary-general, Mozammel Hoque Chowdhury', 'ngo', form='title-name'),
    ],
    numbers=[
        N('an estimated 250 to 300 passengers', 'count-people'),
        N('140', 'count-people'),
        N('2 kilometers', 'distance'),
        N('1.2 miles', 'distance'),
        N('9 p.m.', 'time'),
        N('112 people', 'count-people'),
        N('3-year-old', 'age'),
        N('29', 'age'),
        N('2010', 'year'),
        N('01713-488777', 'other'),
        N('25,000 taka', 'money'),
        N('$210', 'money'),
        N('three-member', 'count-people'),
        N('seven days', 'duration'),
    ])

A['y03.txt'] = dict(
    casualty=[
        C('At least 31 inmates were killed', 'killed', 31, 'at-least', 'people', id='tot'),
        C('14 guards taken hostage', 'detained', 14, 'exact', 'soldiers'),
        C('Scores of inmates were hurt', 'injured', None, 'vague', 'people'),
        C('six of the dead', 'killed', 6, 'exact', 'people', sub='tot'),
        C('23 wounded prisoners', 'injured', 23, 'exact', 'people', id='inj'),
        C('two of whom later died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('the number of dead at 37', 'killed', 37, 'exact', 'people', id='ngo', tags='contradicted'),
        C('the bodies of at least a dozen inmates', 'killed', 12, 'at-least', 'people', sub='ngo'),
        C('the death toll was likely to climb to between 40 and 45', 'killed', None, 'range', 'people',
          low=40, high=45),
        C('119 prisoners dead', 'killed', 119, 'exact', 'people'),
    ],
    sources=[
        S("Ecuador's prison service", 'official'),
        S('The SNAI prison agency', 'official'),
        S('the agency', 'official', nth=0),
        S('Interior Minister Mónica Palacios', 'official', form='title-name'),
        S('Palacios', 'official', nth=1, form='name'),
        S('police commander Gen. Fausto Salinas', 'official', form='title-name'),
        S('Salinas', 'official', nth=1, form='name'),
        S('Relatives', 'witness'),
        S('Carmen Zambrano', 'witness', form='name'),
        S('The Permanent Committee for the Defense of Human Rights', 'ngo'),
        S('A forensic official', 'anonymous'),
        S('the agency', 'official', nth=1),
    ],
    numbers=[
        N('two rival gangs', 'count-people'),
        N('11 p.m.', 'time'),
        N('Pavilion 8', 'other'),
        N('some 1,200 prisoners', 'population'),
        N('6 a.m.', 'time'),
        N('All 14 guards', 'count-people'),
        N('85 inmates', 'count-people'),
        N('40 firearms', 'count-objects'),
        N('3 grenades', 'count-objects'),
        N('600 rounds', 'count-objects'),
        N('22', 'age'),
        N('12-year', 'duration'),
        N('September 2021', 'date'),
        N('roughly 31,000 inmates', 'population'),
        N('27,000', 'count-people'),
    ])

A['y04.txt'] = dict(
    casualty=[
        C('At least 612 people have died', 'killed', 612, 'at-least', 'people', id='heat'),
        C('a further 87 lives', 'killed', 87, 'exact', 'people', id='chol'),
        C('around 230 of them have died', 'killed', 230, 'approx', 'people', sub='heat'),
        C('427 bodies', 'killed', 427, 'exact', 'people'),
        C('about 50', 'killed', 50, 'approx', 'people'),
        C('the 87 deaths', 'killed', 87, 'exact', 'people', id='chol2', tags='repeat'),
        C('41 were children', 'killed', 41, 'exact', 'children', sub='chol2'),
        C('148 deaths', 'killed', 148, 'exact', 'people', tags='contradicted'),
        C('Around 18,000 families have abandoned their homes', 'displaced', 18000, 'approx', 'people'),
    ],
    sources=[
        S('the International Federation of Red Cross and Red Crescent Societies (IFRC)', 'ngo'),
        S('the provincial health department', 'official'),
        S('Dr Farah Naz', 'ngo', form='title-name'),
        S('The Edhi Foundation', 'ngo'),
        S('the World Health Organization', 'ngo'),
        S('the WHO', 'ngo'),
        S('Provincial authorities', 'official'),
        S('Sindh’s health minister, Azra Pechuho', 'official', form='title-name'),
        S('the Pakistan Medical Association (PMA)', 'ngo'),
        S('the statement', 'ngo', form='document'),
    ],
    numbers=[
        N('18 July 2025', 'date'),
        N('51.2°C', 'quantity'),
        N('upwards of 4,000 patients', 'count-people'),
        N('3 July', 'date'),
        N('6am', 'time'),
        N('six days', 'duration'),
        N('9,300 suspected cholera cases', 'count-people'),
        N('five', 'age'),
        N('several times', 'other'),
        N('1 in 3', 'percentage'),
        N('CHF 6.5 million', 'money'),
        N('US$7.3 million', 'money'),
        N('250,000 people', 'count-people'),
        N('nine months', 'duration'),
        N('14 per cent', 'percentage'),
    ])

A['y05.txt'] = dict(
    casualty=[
        C('detained more than 1,100 participants', 'detained', 1100, 'at-least', 'people', id='det'),
        C('Thirty-nine employees', 'injured', 39, 'exact', 'soldiers', id='pol'),
        C('11 were hospitalised', 'injured', 11, 'exact', 'soldiers', sub='pol'),
        C('about 40 of those held', 'detained', 40, 'approx', 'people', sub='det'),
        C('one protester died', 'killed', 1, 'exact', 'people'),
        C('at least 1,400 detentions', 'detained', 1400, 'at-least', 'people', tags='contradicted'),
        C('upwards of 200 protesters had been beaten', 'injured', 200, 'at-least', 'people'),
        C('At least three other protesters', 'injured', 3, 'at-least', 'people'),
        C('between 50 and 60” protesters', 'injured', None, 'range', 'people', low=50, high=60),
        C('Hundreds of people remained unaccounted for', 'missing', None, 'vague', 'people'),
    ],
    sources=[
        S('the press service of the Interior Ministry', 'official'),
        S('the ministry', 'official'),
        S('ministry spokeswoman Natalia Lysenko', 'official', form='title-name'),
        S('The Investigative Committee', 'official'),
        S('The human rights centre Vesna', 'ngo'),
        S('Its monitors', 'ngo'),
        S('Andrei Yaroshevich', 'witness', form='name'),
        S('Vesna', 'ngo', nth=1, form='name'),
        S('witnesses', 'witness'),
        S('the group', 'ngo'),
        S('A doctor at the city’s emergency hospital', 'anonymous'),
        S('relatives', 'witness'),
        S('The Central Election Commission', 'official'),
    ],
    numbers=[
        N('10 August', 'date'),
        N('several regional centres', 'count-objects'),
        N('up to 15 years', 'duration'),
        N('34', 'age'),
        N('36 hours', 'duration'),
        N('four', 'count-people'),
        N('50 people', 'count-people'),
        N('31', 'age'),
        N('80.1 per cent', 'percentage'),
        N('84.2 per cent', 'percentage'),
        N('10.1 per cent', 'percentage'),
    ])

A['y06.txt'] = dict(
    casualty=[
        C('63 people missing', 'missing', 63, 'exact', 'people', id='miss'),
        C('recovered 14 bodies', 'killed', 14, 'exact', 'people'),
        C('the number of missing down to 49', 'missing', 49, 'exact', 'people', tags='update'),
        C('killing nine people', 'killed', 9, 'exact', 'people'),
        C('killed upwards of 170 people', 'killed', 170, 'at-least', 'people'),
        C('31 people are still missing', 'missing', 31, 'exact', 'people'),
        C('Nearly 9,000 families have been forced to leave their homes', 'displaced', 9000, 'at-most', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('district police chief Bhawani Prasad Sharma', 'official', form='title-name'),
        S('Sharma', 'official', nth=1, form='name'),
        S('Ram Bahadur Thapa', 'witness', form='name'),
        S('The National Disaster Risk Reduction and Management Authority (NDRRMA)', 'official'),
        S('the authority', 'official', nth=0),
        S('the authority', 'official', nth=1),
        S('Home Minister Ramesh Lekhak', 'official', form='title-name'),
        S('Lekhak', 'official', nth=1, form='name'),
        S('the Department of Roads', 'official'),
    ],
    numbers=[
        N('two passenger buses', 'count-objects'),
        N('some 65 passengers', 'count-people'),
        N('3:30 am', 'time'),
        N('110 km', 'distance'),
        N('Three passengers', 'count-people'),
        N('one', 'other'),
        N('30 kilometres', 'distance'),
        N('30-40 soldiers', 'count-people'),
        N('two helicopters', 'count-objects'),
        N('56-year-old', 'age'),
        N('66 people', 'count-people'),
        N('a dozen passengers', 'count-people'),
        N('two or three others', 'count-people'),
        N('300 metres', 'distance'),
        N('13 June', 'date'),
        N('200,000 rupees', 'money'),
        N('$1,500', 'money'),
        N('15 September', 'date'),
        N('around 2,500 vehicles', 'count-objects'),
        N('11 times', 'other'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
