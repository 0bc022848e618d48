//! Survey templates written for Tandem (issue 18), in English and Spanish:
//! the family–school partnership on the four Cs of the Dual
//! Capacity-Building Framework (capabilities, connections, cognition,
//! confidence) for families and for staff, feedback on a session, and "did
//! we do what we said" after a co-production process. Questions, not
//! statements, each on five points labelled for what it asks; each C is a
//! scale of three items. Pure data.

use crate::surveys::{Mode, QuestionInput};

/// A text in both languages.
type Both = (&'static str, &'static str);

struct Q {
    section: Both,
    kind: &'static str,
    labels: &'static str,
    prompt: Both,
    options: Both,
    required: bool,
}

const fn scale(section: Both, labels: &'static str, prompt: Both) -> Q {
    Q { section, kind: "scale", labels, prompt, options: ("", ""), required: false }
}

const fn text(section: Both, prompt: Both) -> Q {
    Q { section, kind: "long_text", labels: "", prompt, options: ("", ""), required: false }
}

const NONE: Both = ("", "");

pub struct Template {
    pub key: &'static str,
    title: Both,
    intro: Both,
    pub mode: Mode,
    questions: &'static [Q],
    /// Each scale's name and its items (question numbers from 1).
    scales: &'static [(Both, &'static [&'static str])],
}

/// A template in one language, ready to become a draft survey.
pub struct Filled {
    pub title: String,
    pub intro: String,
    pub mode: Mode,
    pub questions: Vec<QuestionInput>,
    pub scales: Vec<(String, Vec<String>)>,
}

impl Template {
    /// In Spanish for "es", English otherwise.
    pub fn fill(&self, lang: &str) -> Filled {
        let pick = |b: Both| if lang == "es" { b.1 } else { b.0 }.to_owned();
        Filled {
            title: pick(self.title),
            intro: pick(self.intro),
            mode: self.mode,
            questions: self
                .questions
                .iter()
                .map(|q| QuestionInput {
                    section: pick(q.section),
                    kind: q.kind.to_owned(),
                    prompt: pick(q.prompt),
                    options: pick(q.options),
                    other: false,
                    labels: q.labels.to_owned(),
                    rows: String::new(),
                    required: q.required,
                    show_if: String::new(),
                })
                .collect(),
            scales: self
                .scales
                .iter()
                .map(|(name, items)| (pick(*name), items.iter().map(|i| (*i).to_owned()).collect()))
                .collect(),
        }
    }
}

const CAP: Both = ("Capabilities", "Capacidades");
const CON: Both = ("Connections", "Conexiones");
const COG: Both = ("Cognition: what we believe", "Cognición: lo que creemos");
const CONF: Both = ("Confidence", "Confianza");
const MORE: Both = ("In your words", "En sus palabras");

const FAMILY_QUESTIONS: &[Q] = &[
    scale(
        CAP,
        "extent",
        (
            "How much do you know about what your child is learning this year?",
            "¿Cuánto sabe sobre lo que su hijo o hija aprende este año?",
        ),
    ),
    scale(
        NONE,
        "confidence",
        (
            "How confident are you that you could help your child with schoolwork at home?",
            "¿Qué tan seguro o segura se siente de poder ayudar a su hijo o hija con las tareas en casa?",
        ),
    ),
    scale(
        NONE,
        "extent",
        (
            "How well do you understand how the school makes decisions that affect your child?",
            "¿Qué tan bien entiende cómo toma la escuela las decisiones que afectan a su hijo o hija?",
        ),
    ),
    scale(
        CON,
        "frequency",
        (
            "How often do you talk with your child's teachers about how your child is doing?",
            "¿Con qué frecuencia habla con los maestros sobre cómo le va a su hijo o hija?",
        ),
    ),
    scale(
        NONE,
        "extent",
        ("How well do you know other families at the school?", "¿Qué tan bien conoce a otras familias de la escuela?"),
    ),
    scale(
        NONE,
        "frequency",
        (
            "How often does the school ask for your views before it decides something?",
            "¿Con qué frecuencia le pide la escuela su opinión antes de decidir algo?",
        ),
    ),
    scale(
        COG,
        "extent",
        (
            "How much difference do you think your involvement makes to your child's learning?",
            "¿Cuánto cree que influye su participación en el aprendizaje de su hijo o hija?",
        ),
    ),
    scale(
        NONE,
        "extent",
        (
            "How much do staff at the school treat families as partners?",
            "¿En qué medida trata el personal de la escuela a las familias como socias?",
        ),
    ),
    scale(
        NONE,
        "extent",
        (
            "How much does the school value what your family knows about your child?",
            "¿En qué medida valora la escuela lo que su familia sabe de su hijo o hija?",
        ),
    ),
    scale(
        CONF,
        "confidence",
        (
            "How confident are you about raising a concern with the school?",
            "¿Qué tan seguro o segura se siente al plantear una preocupación a la escuela?",
        ),
    ),
    scale(
        NONE,
        "confidence",
        (
            "How confident are you about speaking up at a school meeting?",
            "¿Qué tan seguro o segura se siente al hablar en una reunión de la escuela?",
        ),
    ),
    scale(
        NONE,
        "confidence",
        (
            "How confident are you that the school will act on what families say?",
            "¿Qué tan seguro o segura está de que la escuela actuará según lo que dicen las familias?",
        ),
    ),
    text(
        MORE,
        ("What one thing would help you work with the school?", "¿Qué cosa le ayudaría a trabajar con la escuela?"),
    ),
];

const STAFF_QUESTIONS: &[Q] = &[
    scale(
        CAP,
        "extent",
        (
            "How much do you know about the cultures and languages of your pupils' families?",
            "¿Cuánto sabe sobre las culturas y lenguas de las familias de sus alumnos?",
        ),
    ),
    scale(
        NONE,
        "confidence",
        (
            "How confident are you in planning a meeting that families find useful?",
            "¿Qué tan seguro o segura se siente al planificar una reunión que las familias encuentren útil?",
        ),
    ),
    scale(
        NONE,
        "extent",
        (
            "How well did your training prepare you to work with families?",
            "¿Qué tan bien le preparó su formación para trabajar con las familias?",
        ),
    ),
    scale(
        CON,
        "frequency",
        (
            "How often do you talk with families about more than problems?",
            "¿Con qué frecuencia habla con las familias de algo más que problemas?",
        ),
    ),
    scale(
        NONE,
        "frequency",
        (
            "How often do you work with colleagues on reaching families?",
            "¿Con qué frecuencia trabaja con colegas para llegar a las familias?",
        ),
    ),
    scale(
        NONE,
        "extent",
        (
            "How well do you know the families of the pupils you teach?",
            "¿Qué tan bien conoce a las familias de los alumnos a los que enseña?",
        ),
    ),
    scale(
        COG,
        "extent",
        (
            "How much do you think families' involvement improves pupils' learning?",
            "¿Cuánto cree que la participación de las familias mejora el aprendizaje de los alumnos?",
        ),
    ),
    scale(
        NONE,
        "extent",
        (
            "How much does your school's leadership expect you to work with families?",
            "¿En qué medida espera la dirección de su escuela que trabaje con las familias?",
        ),
    ),
    scale(
        NONE,
        "extent",
        (
            "How much do you see families as partners rather than helpers?",
            "¿En qué medida ve a las familias como socias y no solo como ayudantes?",
        ),
    ),
    scale(
        CONF,
        "confidence",
        (
            "How confident are you in contacting a family you have not met?",
            "¿Qué tan seguro o segura se siente al contactar a una familia que no conoce?",
        ),
    ),
    scale(
        NONE,
        "confidence",
        (
            "How confident are you in talking with a family about a difficult subject?",
            "¿Qué tan seguro o segura se siente al hablar con una familia sobre un tema difícil?",
        ),
    ),
    scale(
        NONE,
        "confidence",
        (
            "How confident are you in working with families whose language you do not speak?",
            "¿Qué tan seguro o segura se siente al trabajar con familias cuyo idioma no habla?",
        ),
    ),
    text(MORE, ("What would help you work with families?", "¿Qué le ayudaría a trabajar con las familias?")),
];

const FOUR_CS: &[(Both, &[&str])] = &[
    (("Capabilities", "Capacidades"), &["1", "2", "3"]),
    (("Connections", "Conexiones"), &["4", "5", "6"]),
    (("Cognition", "Cognición"), &["7", "8", "9"]),
    (("Confidence", "Confianza"), &["10", "11", "12"]),
];

const SESSION_QUESTIONS: &[Q] = &[
    scale(NONE, "quality", ("How good was this session?", "¿Qué tan buena fue esta sesión?")),
    scale(NONE, "extent", ("How much will you use what you heard?", "¿Cuánto usará lo que escuchó?")),
    scale(
        NONE,
        "extent",
        ("How much did the session change your view?", "¿Cuánto cambió la sesión su punto de vista?"),
    ),
    text(NONE, ("What worked?", "¿Qué funcionó?")),
    text(NONE, ("What could be better?", "¿Qué podría mejorar?")),
];

const DID_WE_QUESTIONS: &[Q] = &[
    Q {
        required: true,
        ..scale(
            NONE,
            "extent",
            (
                "How much did the process do what it said it would?",
                "¿En qué medida hizo el proceso lo que dijo que haría?",
            ),
        )
    },
    scale(
        NONE,
        "frequency",
        (
            "How often did you hear back about what happened to your ideas?",
            "¿Con qué frecuencia le informaron de lo que pasó con sus ideas?",
        ),
    ),
    scale(
        NONE,
        "extent",
        (
            "How much did your views make a difference to what was decided?",
            "¿En qué medida influyeron sus opiniones en lo que se decidió?",
        ),
    ),
    scale(NONE, "quality", ("How well was the process run?", "¿Qué tan bien se llevó el proceso?")),
    Q {
        section: NONE,
        kind: "single",
        labels: "",
        prompt: ("Would you take part again?", "¿Volvería a participar?"),
        options: ("Yes\nMaybe\nNo", "Sí\nQuizás\nNo"),
        required: false,
    },
    text(NONE, ("What should we do differently next time?", "¿Qué deberíamos hacer de otra manera la próxima vez?")),
];

pub const TEMPLATES: &[Template] = &[
    Template {
        key: "four-cs-families",
        title: ("Working together: families", "Trabajar juntos: familias"),
        intro: (
            "A few minutes on how you and the school work together. There are no right answers.",
            "Unos minutos sobre cómo trabajan usted y la escuela juntos. No hay respuestas correctas.",
        ),
        mode: Mode::Anonymous,
        questions: FAMILY_QUESTIONS,
        scales: FOUR_CS,
    },
    Template {
        key: "four-cs-staff",
        title: ("Working together: staff", "Trabajar juntos: personal"),
        intro: (
            "A few minutes on how you work with families. There are no right answers.",
            "Unos minutos sobre cómo trabaja con las familias. No hay respuestas correctas.",
        ),
        mode: Mode::Anonymous,
        questions: STAFF_QUESTIONS,
        scales: FOUR_CS,
    },
    Template {
        key: "session-feedback",
        title: ("Session feedback", "Opinión sobre la sesión"),
        intro: ("Tell the people who led it what you thought.", "Cuente a quienes la dirigieron lo que le pareció."),
        mode: Mode::Anonymous,
        questions: SESSION_QUESTIONS,
        scales: &[(("Value of the session", "Valor de la sesión"), &["1", "2", "3"])],
    },
    Template {
        key: "did-we-do-what-we-said",
        title: ("Did we do what we said?", "¿Hicimos lo que dijimos?"),
        intro: (
            "Looking back at the process you took part in: did it keep its promises?",
            "Mirando atrás al proceso en el que participó: ¿cumplió sus promesas?",
        ),
        mode: Mode::Anonymous,
        questions: DID_WE_QUESTIONS,
        scales: &[(("Follow-through", "Cumplimiento"), &["1", "2", "3"])],
    },
];

pub fn template(key: &str) -> Option<&'static Template> {
    TEMPLATES.iter().find(|t| t.key == key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::surveys::{Question, ScaleDef};

    #[test]
    fn every_template_parses_in_both_languages_with_its_scales() {
        for t in TEMPLATES {
            for lang in ["en", "es"] {
                let f = t.fill(lang);
                let mut qs: Vec<Question> = Vec::new();
                for input in &f.questions {
                    let q = Question::parse(input, &qs).unwrap_or_else(|e| panic!("{} {lang}: {e:?}", t.key));
                    qs.push(q);
                }
                for (name, items) in &f.scales {
                    let d =
                        ScaleDef::parse(name, items, &[], &qs).unwrap_or_else(|e| panic!("{} {lang}: {e:?}", t.key));
                    assert!(d.items.len() >= 3, "{}: a scale of at least three items", t.key);
                }
            }
            assert_ne!(t.fill("en").title, t.fill("es").title, "{} is translated", t.key);
        }
    }
}
