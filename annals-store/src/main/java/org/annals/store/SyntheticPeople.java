package org.annals.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.annals.core.Actor;
import org.annals.core.ActorKind;

/** Generated people with a role and a country, so that person-level queries have something to find. */
final class SyntheticPeople {
    private static final List<String> FIRST = List.of(
            "Anna", "Boris", "Carla", "Daniel", "Elena", "Farid", "Grace", "Hassan", "Ines", "Jonas", "Kofi", "Leila",
            "Marco", "Nadia", "Oleg", "Priya", "Quentin", "Rosa", "Samir", "Tanya", "Umar", "Vera", "Wei", "Ximena",
            "Yusuf", "Zofia", "Amir", "Bianca", "Chen", "Dmitri", "Emeka", "Fatima", "Gustavo", "Hana", "Ivan", "Julia",
            "Kenji", "Lucia", "Mateo", "Noor");
    private static final List<String> LAST = List.of(
            "Abramova",
            "Baptiste",
            "Castillo",
            "Dumont",
            "Eriksen",
            "Fischer",
            "Garcia",
            "Haddad",
            "Ivanova",
            "Jensen",
            "Kowalski",
            "Lindqvist",
            "Mensah",
            "Novak",
            "Okafor",
            "Petrov",
            "Quispe",
            "Rahman",
            "Sato",
            "Tanaka",
            "Usman",
            "Varga",
            "Weber",
            "Xu",
            "Yilmaz",
            "Zhang",
            "Alvarez",
            "Brennan",
            "Costa",
            "Demir",
            "Esposito",
            "Farouk",
            "Gomez",
            "Horvat",
            "Iqbal",
            "Jovanovic",
            "Kim",
            "Larsen",
            "Moreau",
            "Nkosi",
            "Olsen",
            "Park",
            "Rossi",
            "Silva",
            "Torres",
            "Ueda",
            "Volkov",
            "Wagner",
            "Yamamoto",
            "Zimmermann");

    /** Role and the CAMEO-style sector it implies. */
    private static final List<String[]> ROLES = List.of(
            new String[] {"president", "GOV"},
            new String[] {"prime minister", "GOV"},
            new String[] {"foreign minister", "GOV"},
            new String[] {"defence minister", "GOV"},
            new String[] {"spokesperson", "GOV"},
            new String[] {"general", "MIL"},
            new String[] {"chief executive", "BUS"},
            new String[] {"opposition leader", "OPP"},
            new String[] {"activist", ""},
            new String[] {"journalist", "MED"});

    private SyntheticPeople() {}

    static int maxPeople() {
        return FIRST.size() * LAST.size();
    }

    /** {@code count} distinct people, each from one of {@code countries} (ISO3 codes). */
    static List<Actor> generate(int count, List<String> countries, SplittableRandom random) {
        if (count > maxPeople()) {
            throw new IllegalArgumentException("at most " + maxPeople() + " distinct generated people, asked " + count);
        }
        List<Actor> people = new ArrayList<>(count);
        Set<String> ids = new HashSet<>();
        while (people.size() < count) {
            String first = FIRST.get(random.nextInt(FIRST.size()));
            String last = LAST.get(random.nextInt(LAST.size()));
            String id = "person:" + (first + "-" + last).toLowerCase(Locale.ROOT);
            if (!ids.add(id)) {
                continue;
            }
            String[] role = ROLES.get(random.nextInt(ROLES.size()));
            String country = countries.isEmpty() ? "" : countries.get(random.nextInt(countries.size()));
            people.add(new Actor(
                    id, first + " " + last, ActorKind.PERSON, country, role[0], role[1], List.of(last), List.of()));
        }
        return people;
    }
}
