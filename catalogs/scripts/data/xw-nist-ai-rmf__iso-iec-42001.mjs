// OpenAIMS refinement of the NIST-hosted "NIST AI RMF to ISO/IEC FDIS 42001" crosswalk. The source
// lists 280 pairs, all "related"; for each pair we state the NIST IR 8477 relationship read as
// "<AI RMF subcategory> <relationship> <ISO/IEC 42001 item>", a confidence and our reason.
// Keys are Annex A ids: the source's B.x.y (Annex B guidance) is stored as A.x.y.
//
// subset-of   : meeting the ISO item meets the whole subcategory outcome.
// superset-of : meeting the subcategory outcome meets the whole ISO item.
// intersects-with : they share part of their scope; neither contains the other.
// no-relationship : the source lists the pair but we find nothing in common (blocks propagation).

const I = "intersects-with";
const SUB = "subset-of";
const SUP = "superset-of";
const NO = "no-relationship";

export const source = "NIST AI RMF to ISO/IEC 42001 Crosswalk (NIST-hosted, provider Microsoft); relationship refined by OpenAIMS";

export const refinements = {
  "GOVERN 1.1": {
    "4.1": [I, "high", "4.1 counts legal requirements among the external issues to understand; GOVERN 1.1 goes further by requiring them to be managed and documented, while 4.1 also covers many non-legal issues."],
    "6.2": [I, "low", "AI objectives must take applicable requirements into account; that touches only a small part of knowing and managing legal obligations."],
    "A.2.2": [I, "medium", "The AI policy is shaped by applicable legal requirements, but GOVERN 1.1 asks for the requirements themselves to be identified, tracked and documented."],
    "A.2.4": [I, "low", "Reviewing the AI policy after legal change keeps it current; it does not establish the inventory of legal requirements GOVERN 1.1 asks for."],
  },
  "GOVERN 1.2": {
    "A.9.3": [I, "medium", "Objectives for responsible use (fairness, transparency and the like) are one route by which trustworthy characteristics enter practice, on the use side only."],
    "A.6.1.2": [I, "medium", "Responsible-development objectives carry trustworthy characteristics into development; GOVERN 1.2 spans all policies and practices."],
    "A.6.1.3": [I, "medium", "Design and development processes are one of the practices in which GOVERN 1.2 wants trustworthy characteristics embedded."],
    "A.10.3": [I, "low", "Holding suppliers to the responsible-AI approach extends trustworthy characteristics to third parties, a narrow slice of GOVERN 1.2."],
    "A.2.2": [I, "high", "The AI policy is the main policy vehicle for trustworthy characteristics; GOVERN 1.2 also covers processes, procedures and practices beyond the policy."],
    "4.4": [I, "low", "Establishing the AIMS and its processes gives a place for trustworthy-AI practices but does not itself require those characteristics."],
    "5.2": [I, "high", "Top management's AI policy frames AI objectives and commitments, which is where trustworthy characteristics are declared; GOVERN 1.2 reaches further into day-to-day practice."],
  },
  "GOVERN 1.3": {
    "6.1.2": [I, "medium", "Risk assessment produces the risk levels that determine how much management effort a system needs, one input to GOVERN 1.3."],
    "6.1.1": [I, "high", "6.1.1 sets the AI risk criteria (acceptable versus non-acceptable risk) that GOVERN 1.3 uses to scale risk-management activity; scaling the effort itself is not stated."],
    "6.1.3": [I, "medium", "Choosing treatment by risk level scales the response to risk, though GOVERN 1.3 concerns the whole level of risk-management activity."],
  },
  "GOVERN 1.4": {
    "6.1.2": [I, "high", "Both set up a defined risk assessment process; GOVERN 1.4 adds transparency of the governing policies and ties controls to risk priorities."],
    "6.1.3": [I, "high", "Risk treatment with selected controls is the 'controls based on risk priorities' part of GOVERN 1.4; transparency of policies is not required by 6.1.3."],
    "8.3": [I, "medium", "Implementing the treatment plan produces the outcomes GOVERN 1.4 wants established; the process design sits in clause 6."],
  },
  "GOVERN 1.5": {
    "8.2": [I, "medium", "Repeating risk assessments at planned intervals is part of ongoing monitoring; GOVERN 1.5 also reviews the process itself and assigns roles and frequencies."],
    "8.3": [I, "medium", "Verifying treatment effectiveness is periodic review of risk-management outcomes, one part of GOVERN 1.5."],
    "8.4": [I, "medium", "Repeating impact assessments at planned intervals feeds the periodic review GOVERN 1.5 asks for."],
  },
  "GOVERN 1.6": {
    "A.4.5": [I, "low", "Recording each system's computing resources presupposes knowing the systems; the inventory of systems itself is only implied."],
    "A.4.3": [I, "low", "Data-resource records describe an inventoried system's data; they do not create the organization-wide inventory."],
    "A.4.4": [I, "low", "Tooling records are per-system detail that an AI inventory can hold, not the inventory itself."],
    "A.4.6": [I, "low", "Human-resource records are per-system detail; the inventory and its resourcing are GOVERN 1.6's subject."],
    "A.4.2": [I, "medium", "Documenting the resources of each AI system across its life cycle is the nearest ISO item to an AI system inventory, but it does not require one."],
  },
  "GOVERN 1.7": {
    "A.6.2.6": [I, "low", "Operation and monitoring requirements touch the end of a system's service, but safe decommissioning is not explicitly required by A.6.2.6."],
  },
  "GOVERN 2.1": {
    "9.1": [I, "low", "Deciding how performance is monitored and evaluated implies who does it, a small part of documenting AI risk roles."],
    "5.3": [I, "high", "Both assign and communicate responsibilities; 5.3 is for AIMS conformity and reporting, GOVERN 2.1 for mapping, measuring and managing AI risk and adds lines of communication."],
    "7.1": [I, "low", "Providing people for the AIMS is a precondition for staffing AI risk roles, not their definition."],
    "7.2": [I, "medium", "Competence for assigned roles complements their definition. The source prints this target as '7..2'; read as clause 7.2 Competence."],
    "7.3": [I, "low", "Awareness of one's contribution to the AIMS overlaps with people understanding their AI risk responsibilities."],
    "7.4": [I, "medium", "Deciding who communicates what, when and to whom covers the lines of communication GOVERN 2.1 asks to be documented."],
    "A.3.2": [I, "high", "Both define and allocate AI roles and responsibilities; GOVERN 2.1 adds documented lines of communication, A.3.2 reaches beyond risk work."],
  },
  "GOVERN 2.2": {
    "7.2": [I, "high", "7.2 ensures competence through training for people whose work affects AI performance; GOVERN 2.2 is specifically AI risk-management training and extends to partners."],
  },
  "GOVERN 2.3": {
    "5.1": [I, "high", "Top-management leadership and accountability for the AIMS covers much of executive ownership of AI risk decisions, without naming those decisions explicitly."],
    "9.3.1": [I, "medium", "Management review puts AI risk information before top management at planned intervals, one setting for the decisions GOVERN 2.3 assigns to executives."],
    "9.3.2": [I, "low", "Review inputs include risks and opportunities, giving executives the information behind their decisions."],
    "9.3.3": [I, "medium", "Review outputs are top-management decisions on changes and improvement, some of which are AI risk decisions."],
    "5.2": [I, "low", "Top management setting the AI policy is a form of executive responsibility, but not for individual risk decisions."],
  },
  "GOVERN 3.1": {
    "A.4.6": [I, "low", "Documenting the people and skills a system needs can show team diversity; A.4.6 does not require diverse teams."],
    "A.5.4": [I, "low", "Assessing impacts on individuals and groups benefits from diverse perspectives, but A.5.4 does not require them."],
  },
  "GOVERN 3.2": {
    "A.6.1.3": [I, "low", "Design processes can define human-AI configurations, but roles for human oversight are only one possible element of A.6.1.3."],
    "A.9.3": [I, "low", "Responsible-use objectives may include human oversight; defining the oversight roles is not required by A.9.3."],
    "A.4.6": [I, "medium", "Human-resource records list the roles involved with a system, including oversight roles, once they are defined."],
    "A.5.3": [NO, "low", "Keeping impact-assessment records does not define or differentiate human-AI roles; the source pairing appears to be incidental, so nothing propagates."],
    "7.2": [I, "medium", "People in oversight roles need competence, which 7.2 ensures; defining those roles is GOVERN 3.2's subject."],
    "A.3.2": [SUB, "medium", "A.3.2 requires AI roles and responsibilities to be defined and allocated, which includes human oversight roles. The source prints the title 'Management review inputs' (clause 9.3.2) with this id; the id is kept and is the better fit."],
  },
  "GOVERN 4.1": {
    "A.5.2": [I, "low", "A defined impact-assessment process encourages critical consideration of harms, one expression of a safety-first culture."],
    "A.6.1.2": [I, "medium", "Responsible-development objectives turn a safety-first mindset into development goals; culture itself is not assessable in A.6.1.2."],
    "A.6.1.3": [I, "medium", "Design and development processes with responsible-AI gates institutionalise the critical thinking GOVERN 4.1 asks for."],
    "A.9.2": [I, "medium", "Responsible-use processes carry the same mindset into deployment and use."],
    "A.9.3": [I, "medium", "Responsible-use objectives state the values a safety-first culture acts on."],
    "A.10.3": [I, "low", "Extending responsible-AI expectations to suppliers is a narrow part of organizational culture."],
    "A.5.4": [I, "low", "Assessing impacts on people is an outcome of a critical-thinking culture rather than the culture itself."],
  },
  "GOVERN 4.2": {
    "A.5.4": [I, "high", "Assessing and recording impacts on individuals and groups is the documentation half of GOVERN 4.2; communicating widely is not required."],
    "A.8.5": [I, "medium", "Determining what to report to interested parties supports communicating impacts, without requiring impacts to be documented first."],
    "7.4": [I, "medium", "Planned AIMS communication can carry risk and impact information; GOVERN 4.2 makes that communication specific and broad."],
    "6.1.4": [I, "high", "The impact assessment process documents potential consequences for individuals, groups and societies, matching GOVERN 4.2's documentation of impacts; results may be shared but need not be."],
    "A.5.5": [I, "high", "Assessing and recording societal impacts covers the societal part of the impacts GOVERN 4.2 wants documented."],
  },
  "GOVERN 4.3": {
    "A.6.2.4": [I, "medium", "Verification and validation is the testing GOVERN 4.3 wants practised; incident identification and information sharing are outside A.6.2.4."],
    "A.6.2.6": [I, "medium", "Operational monitoring is how incidents are identified in service; testing and sharing are outside A.6.2.6."],
    "A.6.2.7": [I, "low", "Technical documentation shares system information with those who need it, a small part of GOVERN 4.3's information sharing."],
    "A.8.2": [I, "low", "Information for users is one channel of information sharing."],
    "A.8.3": [I, "medium", "External reporting of adverse effects helps identify incidents from outside the organization."],
    "A.8.4": [I, "medium", "A plan for communicating incidents to users is the information-sharing side of incident handling."],
    "A.8.5": [I, "low", "Determining reporting obligations to interested parties supports information sharing."],
    "A.6.1.2": [I, "low", "Development objectives can include testing and incident readiness, but A.6.1.2 does not require them."],
    "A.6.1.3": [I, "low", "Development processes can include test and incident practices; GOVERN 4.3 names them explicitly."],
  },
  "GOVERN 5.1": {
    "A.10.4": [I, "medium", "Considering customers' needs and expectations is one form of collecting external feedback, limited to customers."],
    "A.5.3": [I, "low", "Recorded impact assessments can hold external feedback once gathered; collecting it is GOVERN 5.1's subject."],
    "A.5.4": [I, "medium", "Assessing impacts on individuals and groups is where external feedback about those impacts is weighed."],
    "A.8.3": [I, "high", "A channel for outside parties to report adverse impacts is a core mechanism for collecting external feedback; prioritising and integrating it goes beyond A.8.3."],
  },
  "GOVERN 5.2": {
    "A.8.3": [I, "medium", "External reports are a source of the feedback GOVERN 5.2 wants fed into design; A.8.3 does not require that loop."],
    "A.10.4": [I, "low", "Customer expectations can inform design, a partial source of the feedback loop."],
    "A.5.4": [I, "low", "Impact findings on people can feed design changes; A.5.4 stops at assessment."],
    "A.5.5": [I, "low", "Societal impact findings can feed design changes; A.5.5 stops at assessment."],
    "A.6.1.3": [I, "medium", "Design and development processes are where adjudicated feedback is incorporated, if the process provides for it."],
    "A.6.2.6": [I, "low", "Operational updates can apply feedback to deployed systems."],
  },
  "GOVERN 6.1": {
    "A.10.2": [I, "medium", "Allocating responsibilities with third parties addresses part of third-party risk; IP infringement is not named."],
    "A.10.3": [I, "high", "Managing suppliers against the responsible-AI approach covers most third-party AI risk policy; GOVERN 6.1 also names intellectual-property infringement explicitly."],
  },
  "GOVERN 6.2": {
    "A.10.2": [I, "low", "Agreed responsibilities can say who acts when a third-party component fails, but contingency processes are not required."],
    "A.10.3": [I, "low", "Supplier management reduces the chance of third-party failure; contingency for failures is GOVERN 6.2's own subject."],
  },
  "MAP 1.1": {
    "6.1.4": [I, "high", "The impact assessment process considers intended use, foreseeable misuse, context and jurisdictions, most of the context MAP 1.1 documents; MAP 1.1 adds user types, assumptions and TEVV metrics."],
    "A.5.2": [I, "high", "A defined impact assessment process is where intended purpose, context and potential impacts are established and recorded."],
    "A.5.3": [I, "medium", "Keeping impact assessment results documents the context that was established."],
    "A.5.4": [I, "medium", "Impacts on individuals and groups are part of the context MAP 1.1 asks to be understood."],
    "A.5.5": [I, "medium", "Societal impacts are part of the context MAP 1.1 asks to be understood."],
  },
  "MAP 1.2": {
    "A.4.6": [I, "low", "Records of the people and expertise involved can show an interdisciplinary team, but A.4.6 does not require diversity."],
    "7.2": [I, "low", "Competence of contributors is related to, but not the same as, interdisciplinary and diverse participation."],
  },
  "MAP 1.3": {
    "4.1": [I, "high", "Understanding the organization's purpose and the intended purpose of its AI systems overlaps strongly with understanding mission and goals for AI."],
    "5.2": [I, "medium", "An AI policy appropriate to the organization's purpose states its direction for AI, part of documenting mission and goals."],
    "6.2": [I, "high", "Documented AI objectives consistent with the AI policy are the goals MAP 1.3 asks to be understood and documented."],
    "7.5.3": [I, "low", "Control of documented information keeps the documented goals available; it adds nothing about their content."],
    "7.3": [I, "low", "Awareness of the AI policy spreads understanding of the goals."],
    "7.4": [I, "low", "Communication of AIMS matters can carry the mission and goals to those who need them."],
  },
  "MAP 1.4": {
    "5.1": [I, "low", "Aligning AI policy and objectives with strategic direction relates to business value, at organization level rather than per system."],
    "4.1": [I, "medium", "Understanding the intended purpose of AI systems overlaps with defining their business value and context of use."],
    "A.2.2": [I, "low", "The source prints B.2.2 with the title 'Customers' (B.10.4). By id the link is to the AI policy, which reflects business strategy; the connection to per-system business value is weak either way."],
    "A.5.2": [I, "low", "Impact assessment considers context of use, one ingredient of MAP 1.4."],
    "A.9.4": [I, "medium", "A documented intended use is a definition of the context of use; business value is not covered."],
    "A.6.2.2": [I, "medium", "Requirements for a new system or enhancement state what it must do and why, close to defining its business value."],
  },
  "MAP 1.5": {
    "6.1.1": [SUB, "medium", "6.1.1 requires AI risk criteria that distinguish acceptable from non-acceptable risk, with documented information kept: that is the documented risk tolerance MAP 1.5 asks for. The source labels 6.1.1 'Objective'; its ISO title is 'General'."],
  },
  "MAP 1.6": {
    "A.6.2.2": [I, "high", "Both specify system requirements; MAP 1.6 adds eliciting them from relevant AI actors and weighing socio-technical implications."],
    "A.5.4": [I, "low", "Impacts on people are socio-technical implications that design decisions should account for."],
    "A.5.5": [I, "low", "Societal impacts are socio-technical implications that design decisions should account for."],
  },
  "MAP 2.1": {
    "A.6.2.3": [I, "medium", "Design documentation records the methods chosen for the system, overlapping with defining tasks and methods."],
    "A.4.2": [I, "low", "Resource documentation describes what a system uses, not what tasks and methods it implements."],
    "A.4.3": [I, "low", "Data resources are an input to defining methods but not their definition."],
    "A.4.4": [I, "medium", "Tooling records cover algorithms, model types and frameworks, which overlap with the methods MAP 2.1 asks to be defined."],
    "A.4.5": [I, "low", "Computing resources do not define the system's tasks or methods."],
    "A.4.6": [I, "low", "Human resources do not define the system's tasks or methods."],
  },
  "MAP 2.2": {
    "A.6.2.7": [I, "high", "Technical documentation for relevant parties includes limitations and conditions of use, close to MAP 2.2's knowledge limits; oversight of outputs is only partly covered."],
    "A.9.3": [I, "low", "Responsible-use objectives can include oversight, not documentation of knowledge limits."],
    "A.8.2": [I, "high", "Information for users covers capabilities, limitations and instructions, overlapping with documenting how outputs may be used and overseen."],
  },
  "MAP 2.3": {
    "A.6.1.3": [I, "low", "Development processes can embed scientific-integrity practices, but do not require them."],
    "A.6.2.7": [I, "low", "Technical documentation can record experimental design and TEVV considerations once identified."],
    "A.7.2": [I, "medium", "Data-management processes for development cover data collection and selection, part of MAP 2.3."],
    "A.7.3": [I, "medium", "Recording how data was acquired and selected addresses MAP 2.3's data collection and selection considerations."],
    "A.7.4": [I, "medium", "Data-quality criteria bear on construct validity and trustworthiness of results."],
    "A.7.5": [I, "low", "Provenance supports scientific integrity by making data origins traceable."],
    "A.7.6": [I, "low", "Documented data preparation supports reproducibility, part of scientific integrity."],
    "A.6.2.4": [I, "medium", "Verification and validation is the TEVV that MAP 2.3's considerations are about; MAP 2.3 concerns identifying and documenting them."],
  },
  "MAP 3.1": {
    "A.5.2": [I, "medium", "An impact assessment can weigh benefits as well as harms, the subject of MAP 3.1, but ISO centres on potential harms."],
    "A.5.3": [I, "low", "Recorded assessments can hold documented benefits."],
    "A.5.4": [I, "low", "Impacts on individuals may include benefits, a partial overlap."],
    "A.5.5": [I, "low", "Societal impacts may include benefits, a partial overlap."],
  },
  "MAP 3.2": {
    "A.5.2": [I, "medium", "The impact assessment process examines potential negative consequences, overlapping with costs from errors and trustworthiness shortfalls."],
    "A.5.3": [I, "low", "Recorded assessments document those costs once examined."],
    "A.5.4": [I, "medium", "Harms to individuals and groups are non-monetary costs of AI errors."],
    "A.5.5": [I, "medium", "Harms to society are non-monetary costs of AI errors."],
    "8.2": [I, "medium", "Risk assessment results weigh consequences of AI failures against criteria, close to examining costs relative to risk tolerance."],
    "8.3": [I, "low", "Treatment results follow from those costs; they do not examine them."],
    "8.4": [I, "medium", "Impact assessment results document potential harms, which are costs in MAP 3.2's sense."],
  },
  "MAP 3.3": {
    "4.3": [I, "low", "4.3 scopes the management system; MAP 3.3 scopes a system's targeted application. Only the idea of documented scope is shared."],
    "A.5.2": [I, "low", "Impact assessment presupposes a defined application scope; it does not specify it."],
    "A.5.3": [I, "low", "Assessment records may state the application scope assessed."],
    "A.5.4": [I, "low", "Impacts on people depend on the application scope but do not define it."],
    "A.5.5": [I, "low", "Societal impacts depend on the application scope but do not define it."],
  },
  "MAP 3.4": {
    "7.2": [SUB, "medium", "Operator and practitioner proficiency is competence of people whose work affects AI performance, which 7.2 requires to be determined, ensured and evaluated, with evidence kept."],
    "A.4.6": [I, "low", "Records of human resources and their competencies support, but do not assess, operator proficiency."],
  },
  "MAP 3.5": {
    "A.6.1.3": [I, "medium", "Design processes are where human-oversight mechanisms are defined; assessing and documenting them is MAP 3.5's addition."],
    "A.6.2.7": [I, "low", "Technical documentation can describe oversight processes once defined."],
    "A.8.2": [I, "low", "User information can explain how to oversee the system."],
  },
  "MAP 4.1": {
    "4.1": [I, "low", "Understanding external issues includes legal ones, but not a method for mapping component-level technology and legal risks."],
    "A.2.2": [I, "low", "The AI policy may set the approach, but A.2.2 does not require component risk mapping."],
    "A.9.2": [I, "low", "Responsible-use processes may check components before use; component risk mapping is not required."],
    "A.9.4": [I, "low", "Keeping use within intended purpose limits legal exposure, far from mapping component risks."],
  },
  "MAP 4.2": {
    "A.6.2.7": [I, "low", "Technical documentation can record component controls once identified."],
    "A.8.2": [I, "low", "User information may mention component limitations, a weak link to internal controls."],
    "A.10.3": [I, "medium", "Supplier management applies controls to third-party AI components, part of what MAP 4.2 asks to be identified and documented."],
  },
  "MAP 5.1": {
    "6.1.2": [I, "high", "Risk analysis assesses potential consequences for the organization, individuals and societies and their likelihood; MAP 5.1 also counts beneficial impacts and names its evidence sources."],
    "A.5.2": [I, "medium", "The impact assessment process identifies impacts; likelihood and magnitude are more explicit in MAP 5.1."],
  },
  "MAP 5.2": {
    "A.6.1.3": [I, "low", "Development processes can include stakeholder engagement, but do not require it."],
    "A.6.2.6": [I, "low", "Operational monitoring can gather feedback on actual impacts."],
    "A.8.3": [I, "high", "A channel for interested parties to report adverse impacts is a standing engagement practice; MAP 5.2 also asks for regular engagement and positive feedback."],
  },
  "MEASURE 1.1": {
    "6.1.1": [I, "low", "Planning how to address risks includes how to evaluate actions, a distant relative of choosing measurement metrics."],
    "6.1.2": [I, "medium", "Risk analysis needs methods to estimate risk, overlapping with choosing approaches and metrics for the most significant risks."],
  },
  "MEASURE 1.2": {
    "A.6.2.4": [I, "medium", "Defined verification and validation criteria are the metrics whose appropriateness MEASURE 1.2 reassesses."],
    "A.5.4": [I, "low", "Impacts on affected communities are one input MEASURE 1.2 names for reassessing metrics."],
    "A.5.2": [I, "low", "Repeated impact assessments can prompt metric changes, without requiring a review of metrics."],
    "A.5.5": [I, "low", "Societal impact findings can inform metric review."],
  },
  "MEASURE 1.3": {
    "6.1.2": [I, "low", "Risk assessment can involve independent experts; 6.1.2 does not require them."],
    "9.2.2": [I, "medium", "Audit programmes require objective, impartial auditors, akin to MEASURE 1.3's independent assessors, but audits check conformity rather than measuring AI risk."],
    "A.5.2": [I, "low", "Impact assessment can consult domain experts and affected communities; not required."],
    "A.5.4": [I, "low", "Assessing impacts on groups can involve affected communities, as MEASURE 1.3 suggests."],
    "A.5.5": [I, "low", "Assessing societal impacts can involve outside experts."],
  },
  "MEASURE 2.1": {
    "A.8.4": [NO, "medium", "The source lists this pair, but documenting TEVV test sets, metrics and tools has no counterpart in a plan for communicating incidents to users; recorded as no-relationship so nothing propagates."],
    "A.6.2.4": [SUB, "medium", "A.6.2.4 requires verification and validation measures and their criteria to be defined and documented, which covers the test sets, metrics and tools MEASURE 2.1 asks to be documented."],
    "A.6.2.7": [I, "medium", "Technical documentation can include test results and tools, overlapping with MEASURE 2.1's documentation."],
    "A.4.2": [I, "low", "Resource documentation can list TEVV tools among a system's resources."],
  },
  "MEASURE 2.2": {
    "A.6.2.4": [I, "low", "Validation may use human subjects, but ISO/IEC 42001 says nothing about human-subject protection or representativeness, the core of MEASURE 2.2."],
  },
  "MEASURE 2.3": {
    "A.7.4": [I, "low", "Quality criteria for test data, such as representativeness, bear on whether measurements reflect deployment conditions."],
    "A.6.2.6": [I, "medium", "Performance monitoring in operation measures the system under real conditions; MEASURE 2.3 also wants deployment-like testing before release."],
  },
  "MEASURE 2.4": {
    "9.1": [I, "low", "9.1 monitors the management system's performance, not the AI system's behaviour in production."],
    "A.6.2.6": [SUB, "medium", "A.6.2.6 requires operation to include system and performance monitoring, which covers monitoring the functionality and behaviour of the system in production."],
    "A.6.2.8": [I, "medium", "Event logs during operation are a main source for production monitoring."],
  },
  "MEASURE 2.5": {
    "A.6.2.4": [I, "high", "Validation shows the system meets its requirements, the core of demonstrating validity and reliability; limits of generalization are MEASURE 2.5's addition."],
    "A.6.2.5": [I, "low", "Deployment readiness criteria can require validity evidence before release."],
    "A.6.2.7": [I, "medium", "Technical documentation records validity evidence and known limits."],
    "A.8.2": [I, "medium", "User information communicates the limits of the system's generalizability."],
  },
  "MEASURE 2.6": {
    "A.6.2.8": [I, "low", "Event logs support detecting unsafe behaviour but are not a safety evaluation."],
    "A.6.2.6": [I, "medium", "Operational monitoring and response times are among the safety metrics MEASURE 2.6 lists."],
    "A.6.2.4": [I, "medium", "Verification and validation can include safety testing and fail-safe checks."],
    "8.2": [I, "medium", "Periodic AI risk assessments cover safety risks and residual risk against criteria, part of MEASURE 2.6."],
  },
  "MEASURE 2.7": {
    "A.7.2": [I, "low", "Data management for development can protect against data poisoning, one security concern."],
    "A.3.2": [I, "low", "Security can be among the allocated AI responsibilities; evaluating security and resilience is not required."],
    "A.2.3": [I, "low", "Aligning the AI policy with the security policy links the two but does not evaluate system security."],
    "A.5.2": [I, "low", "Impact assessment can consider security failures' consequences."],
    "A.6.1.2": [I, "low", "Security can be a responsible-development objective (see Annex C), without a required evaluation."],
    "A.6.2.3": [I, "low", "Design documentation records security design decisions once made."],
    "A.9.3": [I, "low", "Responsible-use objectives can include security, without a required evaluation."],
  },
  "MEASURE 2.8": {
    "A.7.2": [I, "low", "Documented data management supports transparency about data, a small part of MEASURE 2.8."],
    "A.5.4": [I, "low", "Impacts on individuals include effects of opaque decisions."],
    "A.5.5": [I, "low", "Societal impacts include accountability concerns."],
    "A.6.1.2": [I, "low", "Transparency and accountability can be development objectives."],
    "A.9.3": [I, "medium", "Responsible-use objectives commonly include transparency and accountability, the risks MEASURE 2.8 examines."],
    "6.1.2": [I, "medium", "AI risk assessment covers transparency and accountability risks when they are in its scope; MEASURE 2.8 makes them explicit."],
  },
  "MEASURE 2.9": {
    "A.7.5": [I, "low", "Data provenance supports explaining model behaviour."],
    "A.6.2.5": [I, "low", "Deployment criteria can require explainability evidence."],
    "A.6.2.7": [I, "medium", "Technical documentation describes the model and how to interpret its output."],
    "A.8.2": [I, "medium", "User information explains outputs in context for responsible use."],
  },
  "MEASURE 2.10": {
    "A.5.2": [I, "medium", "Impact assessment covers privacy consequences for individuals, overlapping with examining privacy risk."],
    "A.7.2": [I, "low", "Data-management processes can address personal data in training data."],
    "A.7.3": [I, "low", "Recording data acquisition surfaces personal-data sources and rights."],
    "A.2.3": [I, "low", "Aligning the AI policy with the privacy policy links them without examining system privacy risk."],
  },
  "MEASURE 2.11": {
    "A.5.5": [I, "medium", "Societal impact assessment covers fairness at group and society level."],
    "A.5.4": [I, "high", "Assessing impacts on individuals and groups, including fairness, overlaps strongly with evaluating fairness and bias; MEASURE 2.11 expects measured results."],
  },
  "MEASURE 2.12": {
    "A.5.5": [I, "high", "Societal impact assessment is where environmental impact is considered; ISO does not require it to be assessed for every system."],
    "A.4.5": [I, "medium", "Computing-resource records are the basis for estimating the energy and resource use MEASURE 2.12 assesses."],
  },
  "MEASURE 2.13": {
    "A.6.2.4": [I, "medium", "Defined V&V criteria are what MEASURE 2.13 evaluates for effectiveness; A.6.2.4 does not require evaluating them."],
    "A.6.2.6": [I, "low", "Operational results can reveal whether TEVV metrics were effective."],
  },
  "MEASURE 3.1": {
    "8.2": [I, "high", "Repeating AI risk assessments at planned intervals and on change identifies existing and emergent risks; MEASURE 3.1 adds tracking from deployed performance."],
    "4.4": [I, "low", "Establishing the AIMS provides the processes within which risks are tracked."],
    "8.4": [I, "medium", "Repeated impact assessments track impacts as systems change."],
  },
  "MEASURE 3.2": {
    "A.6.2.8": [I, "low", "Event logs can support tracking risks where metrics are lacking."],
    "A.6.2.6": [I, "low", "Operational monitoring can include qualitative tracking of hard-to-measure risks."],
    "10.1": [I, "low", "Continual improvement can develop better risk tracking over time."],
  },
  "MEASURE 3.3": {
    "A.8.2": [I, "low", "User information can tell users how to report problems."],
    "A.8.4": [I, "low", "Incident communication to users is the reverse direction of the feedback channel MEASURE 3.3 asks for."],
    "A.8.3": [I, "high", "A channel for external parties to report adverse impacts is the reporting half of MEASURE 3.3; appeals and feeding reports into metrics are not required."],
  },
  "MEASURE 4.1": {
    "A.6.2.4": [I, "medium", "V&V measures tied to the intended context support context-specific measurement."],
    "A.5.4": [I, "low", "Impacts on individuals in context inform what to measure."],
    "A.5.5": [I, "low", "Societal context informs what to measure."],
    "9.1": [I, "low", "AIMS monitoring and measurement is about the management system, not context-specific risk metrics."],
  },
  "MEASURE 4.2": {
    "9.1": [I, "low", "9.1 asks for measurement methods that give valid results, but at management-system level; MEASURE 4.2 validates system trustworthiness measurements in their deployment context."],
    "A.8.2": [I, "low", "User information can reflect validated trustworthiness results."],
    "9.2.1": [I, "low", "Internal audit can check that measurement-validation processes are followed; it does not validate the measurements itself."],
    "A.8.3": [I, "low", "External reports can reveal that measurements do not hold in the field."],
  },
  "MEASURE 4.3": {
    "9.3.1": [I, "low", "Management review considers performance trends at AIMS level, not system-level performance changes."],
    "A.6.2.6": [I, "medium", "Performance monitoring in operation produces the field data that reveal measurable gains or declines."],
    "A.6.2.7": [I, "low", "Technical documentation can record performance changes."],
  },
  "MANAGE 1.1": {
    "A.9.3": [I, "low", "Responsible-use objectives are criteria against which the go decision can be made."],
    "A.9.2": [I, "medium", "Responsible-use processes include approval before use, overlapping with the go or no-go decision."],
    "A.9.4": [I, "medium", "Checking use against intended purpose is part of deciding whether a system achieves its purpose."],
    "A.6.1.3": [I, "medium", "Development processes with stage gates embody proceed or stop decisions."],
    "A.6.2.4": [I, "medium", "Validation against criteria shows whether the system meets its purpose, the evidence for MANAGE 1.1's decision."],
  },
  "MANAGE 1.2": {
    "9.3.3": [I, "low", "Management review decisions can reprioritise risk treatment."],
    "6.1.2": [SUB, "medium", "6.1.2 evaluates analysed risks against the criteria and prioritises them for treatment using consequences and likelihood, which covers MANAGE 1.2; its mention of available resources and methods is a nuance the ISO evaluation leaves room for."],
    "6.1.3": [I, "medium", "Treatment selection follows the priorities MANAGE 1.2 sets."],
    "6.1.4": [I, "low", "Impact assessment results feed the impact side of prioritisation."],
  },
  "MANAGE 1.3": {
    "6.1.1": [I, "medium", "Planning actions to address risks is where responses are first planned."],
    "6.1.2": [I, "low", "Assessment identifies which risks need a response; it is not the response."],
    "6.1.3": [SUB, "high", "Risk treatment selects options, determines controls and documents a treatment plan for all assessed risks, covering MANAGE 1.3's documented responses (mitigate, transfer, avoid, accept) to high-priority risks."],
    "6.1.4": [I, "low", "Impact assessment results inform which responses are needed."],
  },
  "MANAGE 1.4": {
    "A.5.3": [I, "low", "Impact assessment records can note residual impacts, but are not aimed at downstream acquirers."],
    "A.5.4": [I, "low", "Residual impacts on people are part of what MANAGE 1.4 documents."],
    "A.6.2.7": [I, "medium", "Technical documentation for relevant parties can carry residual risks downstream."],
    "A.8.2": [I, "high", "Information for users includes limitations and risks, the channel MANAGE 1.4 uses to tell end users about residual risk."],
  },
  "MANAGE 2.1": {
    "A.4.2": [I, "low", "Resource documentation lists what systems need, not the resources for managing their risks or non-AI alternatives."],
    "7.1": [I, "medium", "Providing resources for the AIMS covers resources for AI risk management; considering non-AI alternatives is MANAGE 2.1's addition."],
  },
  "MANAGE 2.2": {
    "A.3.3": [I, "low", "Reporting concerns helps catch value erosion early."],
    "A.6.1.2": [I, "low", "Development objectives can include maintainability."],
    "A.6.1.3": [I, "low", "Development processes can plan for sustained value."],
    "A.6.2.4": [I, "low", "Revalidation after changes protects value."],
    "A.6.2.6": [I, "medium", "Operation with repairs, updates and support is the main mechanism for sustaining a deployed system's value."],
    "A.7.2": [I, "low", "Data management for enhancement keeps models current."],
    "7.1": [I, "low", "Resources make sustaining systems possible."],
    "10.1": [I, "medium", "Continual improvement is the management-system counterpart of sustaining value."],
  },
  "MANAGE 2.3": {
    "10.2": [I, "medium", "Reacting to nonconformities with correction and root-cause action resembles responding to newly found risks."],
    "6.1.1": [I, "low", "Planning actions on risks sets the frame for responding to new ones."],
    "6.1.2": [I, "low", "Reassessment identifies newly found risks."],
    "6.1.3": [I, "medium", "Newly identified risks are to be treated through the risk treatment process, covering the response but not recovery."],
  },
  "MANAGE 2.4": {
    "A.9.4": [I, "medium", "Ensuring use stays within intended purpose is the trigger MANAGE 2.4 acts on; disengaging or deactivating the system is not required."],
    "A.8.2": [I, "low", "User information can describe how to stop or override the system."],
    "A.6.2.7": [I, "low", "Technical documentation can describe deactivation mechanisms."],
    "A.6.1.3": [I, "low", "Design processes can build in override and shutdown capabilities."],
  },
  "MANAGE 3.1": {
    "A.10.3": [I, "high", "Managing suppliers against the responsible-AI approach covers monitoring third-party risks and applying controls; benefits are MANAGE 3.1's addition."],
    "A.10.2": [I, "medium", "Allocated responsibilities define who controls third-party risk."],
  },
  "MANAGE 3.2": {
    "A.4.4": [I, "low", "Tooling records can list pre-trained models used."],
    "A.6.2.6": [I, "medium", "Operational monitoring and maintenance is where MANAGE 3.2 wants pre-trained models monitored."],
  },
  "MANAGE 4.1": {
    "9.2.1": [I, "low", "Internal audit can check that post-deployment monitoring plans exist and are followed; it does not create them."],
    "A.6.2.6": [SUP, "medium", "MANAGE 4.1's post-deployment plans include monitoring, updates (change management), incident response and recovery, which contain A.6.2.6's monitoring, repairs, updates and support."],
    "A.8.3": [I, "medium", "Capturing input from users and other actors is part of the post-deployment plan; A.8.3 provides the reporting channel."],
    "A.10.4": [I, "low", "Customer expectations shape post-deployment plans."],
  },
  "MANAGE 4.2": {
    "9.3.3": [I, "medium", "Management review outputs decide on improvement opportunities, the management-level part of continual improvement."],
    "A.6.2.4": [I, "low", "Revalidation measures whether updates improved the system."],
    "A.6.2.6": [I, "medium", "Updates during operation are where measurable improvements are built in."],
  },
  "MANAGE 4.3": {
    "9.3.2": [I, "low", "Review inputs include incidents and nonconformities, not their communication to affected actors."],
    "A.8.5": [I, "medium", "Determining reporting obligations to interested parties covers part of communicating incidents."],
    "A.6.2.6": [I, "medium", "Operational monitoring and support provide tracking, response and recovery for incidents."],
  },
};
